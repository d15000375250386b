"""weft's importlib: import_module, reload and invalidate_caches.

weft's import system is native (builtins.__import__ finds native modules,
the library embedded in the binary, then sys.path).  This package offers
the documented Python API on top of it.  reload() re-executes a module's
source file in the module's own namespace; a module embedded in the binary
(no __file__) is re-imported and its new namespace copied into the
existing module object (so `reload(m) is m` holds, but functions defined
before the reload keep their old globals).
"""
import sys
import builtins

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = builtins.__import__


def _resolve_name(name, package, level):
    """Resolve a relative module name to an absolute one."""
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def _sanity_check(name, package, level):
    if not isinstance(name, str):
        raise TypeError('module name must be str, not {}'.format(type(name)))
    if level < 0:
        raise ValueError('level must be >= 0')
    if level > 0:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        elif not package:
            raise ImportError('attempted relative import with no known parent package')
    if not name and level == 0:
        raise ValueError('Empty module name')


def _gcd_import(name, package=None, level=0):
    _sanity_check(name, package, level)
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name)
    if module is None:
        builtins.__import__(name)
        module = sys.modules[name]
    return module


def import_module(name, package=None):
    """Import a module.

    The 'package' argument is required when performing a relative import. It
    specifies the package to use as the anchor point from which to resolve the
    relative import to an absolute import.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            "relative import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """Call the invalidate_caches() method on all meta path finders stored in
    sys.meta_path (where implemented).  weft keeps no finder caches."""
    for finder in getattr(sys, 'meta_path', ()):
        if hasattr(finder, 'invalidate_caches'):
            finder.invalidate_caches()


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before."""
    if not module or not isinstance(module, type(sys)):
        raise TypeError('reload() argument must be a module')
    try:
        name = module.__spec__.name
    except AttributeError:
        name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError(f'module {name} not in sys.modules', name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        parent_name = name.rpartition('.')[0]
        if parent_name and parent_name not in sys.modules:
            raise ImportError(f'parent {parent_name!r} not in sys.modules', name=parent_name)
        filename = getattr(module, '__file__', None)
        if filename:
            _reexec_file(module, filename)
        else:
            _reimport(module, name)
        return sys.modules[name]
    finally:
        _RELOADING.pop(name, None)


def _reexec_file(module, filename):
    loader = getattr(module, '__loader__', None)
    get_source = getattr(loader, 'get_source', None)
    if get_source is not None:
        source = get_source(module.__name__)
    else:
        with open(filename, 'rb') as f:
            source = f.read()
    code = compile(source, filename, 'exec')
    exec(code, module.__dict__)


def _reimport(module, name):
    if name in sys.builtin_module_names if hasattr(sys, 'builtin_module_names') else False:
        return  # native modules cannot be re-executed
    del sys.modules[name]
    try:
        builtins.__import__(name)
        fresh = sys.modules[name]
    except BaseException:
        sys.modules[name] = module
        raise
    if fresh is not module:
        module.__dict__.update(fresh.__dict__)
        sys.modules[name] = module
