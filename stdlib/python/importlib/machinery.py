"""weft's importlib.machinery: ModuleSpec and a source file loader."""
import sys

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


class ModuleSpec:
    """The specification for a module, used for loading."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{self.__class__.__name__}({", ".join(args)})'

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    @property
    def cached(self):
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The name of the module's parent."""
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a Python source file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return (self.__class__ == other.__class__ and self.__dict__ == other.__dict__)

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return f'<{self.__class__.__module__}.{self.__class__.__name__} object>'

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, fullname=None):
        data = self.get_data(self.path)
        return data.decode('utf-8')

    def is_package(self, fullname=None):
        filename = self.path.rpartition('/')[2]
        return filename.rsplit('.', 1)[0] == '__init__'

    def create_module(self, spec):
        return None

    def get_code(self, fullname=None):
        return compile(self.get_data(self.path), self.path, 'exec', dont_inherit=True)

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        fullname = fullname or self.name
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            sys.modules[fullname] = module
        module.__file__ = self.path
        module.__loader__ = self
        try:
            self.exec_module(module)
        except BaseException:
            sys.modules.pop(fullname, None)
            raise
        return sys.modules[fullname]


SourcelessFileLoader = None
ExtensionFileLoader = None


class BuiltinImporter:
    """Stand-in: weft's native modules are found by the import system itself."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


FrozenImporter = BuiltinImporter


class PathFinder:
    """Finds modules on sys.path (or a package's __path__) as source files."""

    @classmethod
    def invalidate_caches(cls):
        pass

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import os
        leaf = fullname.rpartition('.')[2]
        for entry in (sys.path if path is None else path):
            directory = entry or '.'
            package_init = os.path.join(directory, leaf, '__init__.py')
            if os.path.isfile(package_init):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, package_init),
                                  origin=package_init, is_package=True)
                spec.submodule_search_locations.append(os.path.join(directory, leaf))
                spec.has_location = True
                return spec
            module_file = os.path.join(directory, leaf + '.py')
            if os.path.isfile(module_file):
                spec = ModuleSpec(fullname, SourceFileLoader(fullname, module_file),
                                  origin=module_file)
                spec.has_location = True
                return spec
        return None


FileFinder = None
