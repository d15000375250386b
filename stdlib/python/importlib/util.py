"""weft's importlib.util: find_spec, resolve_name, module_from_spec,
spec_from_file_location.

find_spec looks for source files on sys.path (or the parent package's
__path__) without importing; a module that is native or embedded in the
weft binary cannot be located that way, so for those find_spec imports the
module and returns its __spec__ (None if it does not exist).
"""
import sys
from importlib import _resolve_name as _resolve
from importlib.machinery import ModuleSpec, SourceFileLoader, PathFinder

__all__ = ['find_spec', 'resolve_name', 'module_from_spec', 'spec_from_file_location',
           'spec_from_loader']


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    return _resolve(name[level:], package, level)


def _find_spec(fullname, parent_path):
    spec = PathFinder.find_spec(fullname, parent_path)
    if spec is not None:
        return spec
    # native or embedded modules: only the import system knows them
    try:
        __import__(fullname)
    except ModuleNotFoundError as e:
        if e.name == fullname or e.name is None:
            return None
        raise
    module = sys.modules.get(fullname)
    return _spec_of(module, fullname)


def _spec_of(module, name):
    spec = getattr(module, '__spec__', None)
    if spec is None and name != '__main__' and not hasattr(module, '__file__'):
        # weft's native modules carry no spec: describe them as built-in
        spec = ModuleSpec(name, None, origin='built-in')
    return spec


def find_spec(name, package=None):
    """Return the spec for the specified module (None if not found)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition('.')[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=['__path__'])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f'__path__ attribute not found on {parent_name!r} '
                    f'while trying to find {fullname!r}', name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = _spec_of(module, fullname)
    except AttributeError:
        raise ValueError('{}.__spec__ is not set'.format(name)) from None
    if spec is None:
        raise ValueError('{}.__spec__ is None'.format(name))
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """Return a module spec based on various loader methods."""
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """Return a module spec based on a file location."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        import os
        spec.submodule_search_locations = [os.path.dirname(location)]
    return spec


def module_from_spec(spec):
    """Create a module based on the provided spec."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    module.__package__ = spec.parent
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
    return module


def source_hash(source_bytes):
    """Return the hash of *source_bytes* as used in hash-based pyc files."""
    raise NotImplementedError('weft does not write pyc files')


MAGIC_NUMBER = b'\xa7\r\r\n'
