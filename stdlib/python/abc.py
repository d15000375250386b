"""weft's abc: abstract base classes (PEP 3119)."""

from _weftabc import inherit_collection_flags as _inherit_collection_flags


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


def _compute_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", set()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    """Per-class ABC bookkeeping (CPython keeps the same in `_abc_impl`)."""
    __slots__ = ("registry", "cache", "negative_cache", "negative_cache_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = _abc_invalidation_counter


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        # Registered Sequences/Mappings take part in match statements.
        _inherit_collection_flags(cls, subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _abc_invalidation_counter and
                    subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _abc_invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _abc_invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)

    def _abc_registry_clear(cls):
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


class ABC(metaclass=ABCMeta):
    __slots__ = ()
