"""weft's weakref: a best-effort, pure-Python stand-in.

IMPORTANT: weft does not have real weak references yet.  ref() and proxy()
here hold STRONG references, so referents are never collected because of
them, callbacks never fire, dead references never appear, and the Weak*
containers behave like their strong counterparts.  finalize() objects run
at interpreter exit (or when called).  The API, reprs and error messages
follow CPython 3.11 so that code written for weakref runs unchanged; the
runtime team will replace this module with a native one.
"""
import sys
import itertools
import atexit as _atexit
import types as _types
from _collections_abc import MutableMapping, MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary',
           'ReferenceType', 'ProxyType', 'CallableProxyType', 'ProxyTypes',
           'WeakValueDictionary', 'WeakSet', 'WeakMethod', 'finalize']

# Builtin types whose instances can be weakly referenced (classes defined in
# Python can be unless their __slots__ leave out __weakref__).
_WEAKREFABLE = (type, _types.FunctionType, _types.MethodType, _types.BuiltinFunctionType,
                set, frozenset, _types.ModuleType, _types.GeneratorType, _types.CodeType,
                _types.CoroutineType, _types.AsyncGeneratorType, property)

# id(referent) -> list of live ref objects, for getweakrefcount/getweakrefs
_registry = {}


def _check_referent(obj):
    cls = type(obj)
    if hasattr(cls, '__weakref__') or isinstance(obj, _WEAKREFABLE):
        return
    raise TypeError("cannot create weak reference to '%s' object" % cls.__name__)


class ReferenceType:
    """A reference to an object (here: a strong one, see the module doc)."""

    __slots__ = ('_referent', '_callback', '_hash', '__weakref__')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        _check_referent(ob)
        if callback is None and cls is ReferenceType:
            # like CPython, callback-less plain refs to one object are shared
            for existing in _registry.get(id(ob), ()):
                if type(existing) is ReferenceType and existing._callback is None:
                    return existing
        self = super().__new__(cls)
        self._referent = ob
        self._callback = callback
        self._hash = None
        _registry.setdefault(id(ob), []).append(self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    @property
    def __callback__(self):
        return self._callback

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(self._referent)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        obj = self._referent
        name = getattr(obj, '__name__', None)
        if isinstance(name, str):
            return '<weakref at %#x; to %r at %#x (%s)>' % (
                id(self), type(obj).__name__, id(obj), name)
        return '<weakref at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __class_getitem__(cls, item):
        return _types.GenericAlias(cls, item)


ref = ReferenceType


class ProxyType:
    """A proxy forwarding every operation to its referent."""

    __slots__ = ('_referent', '_callback')

    def __init__(self, ob, callback=None):
        object.__setattr__(self, '_referent', ob)
        object.__setattr__(self, '_callback', callback)

    def __getattribute__(self, name):
        return getattr(object.__getattribute__(self, '_referent'), name)

    def __setattr__(self, name, value):
        setattr(object.__getattribute__(self, '_referent'), name, value)

    def __delattr__(self, name):
        delattr(object.__getattribute__(self, '_referent'), name)

    def __repr__(self):
        obj = object.__getattribute__(self, '_referent')
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(object.__getattribute__(self, '_referent'))

    def __bool__(self):
        return bool(object.__getattribute__(self, '_referent'))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")


def _forward(name):
    def method(self, *args):
        return getattr(object.__getattribute__(self, '_referent'), name)(*args)
    method.__name__ = name
    return method


for _name in ('__len__', '__iter__', '__contains__', '__getitem__', '__setitem__',
              '__delitem__', '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
              '__add__', '__sub__', '__mul__', '__truediv__', '__floordiv__', '__mod__',
              '__pow__', '__neg__', '__pos__', '__abs__', '__int__', '__float__',
              '__index__', '__radd__', '__rsub__', '__rmul__', '__iadd__', '__next__',
              '__reversed__', '__enter__', '__exit__'):
    setattr(ProxyType, _name, _forward(_name))
del _name


class CallableProxyType(ProxyType):
    """A proxy for a callable referent."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return object.__getattribute__(self, '_referent')(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """Create a proxy object that weakly references 'object'."""
    _check_referent(object)
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


def getweakrefcount(object, /):
    """Return the number of weak references to 'object'."""
    return len(_registry.get(id(object), ()))


def getweakrefs(object, /):
    """Return a list of all weak reference objects pointing to 'object'."""
    return list(_registry.get(id(object), ()))


class WeakMethod(ref):
    """A custom `weakref.ref` subclass which simulates a weak reference to
    a bound method."""

    __slots__ = ('_func_ref', '_meth_type', '_alive')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'
                            .format(type(meth))) from None
        self = ref.__new__(cls, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)
        self._alive = True
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self == other
        return NotImplemented

    __hash__ = ref.__hash__


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly (strongly, in weft)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __getitem__(self, key):
        return self.data[key]()

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, None, key)

    def copy(self):
        return WeakValueDictionary({k: r() for k, r in self.data.items()})

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, r in self.data.items():
            new[deepcopy(key, memo)] = r()
        return new

    def get(self, key, default=None):
        r = self.data.get(key)
        return default if r is None else r()

    def items(self):
        for k, r in list(self.data.items()):
            yield k, r()

    def keys(self):
        yield from list(self.data)

    __iter__ = keys

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def values(self):
        for r in list(self.data.values()):
            yield r()

    def popitem(self):
        key, r = self.data.popitem()
        return key, r()

    def pop(self, key, *args):
        try:
            r = self.data.pop(key)
        except KeyError:
            if args:
                return args[0]
            raise
        return r()

    def setdefault(self, key, default=None):
        if key in self.data:
            return self.data[key]()
        self[key] = default
        return default

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, 'items'):
                other = dict(other)
            for key, value in other.items():
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class KeyedRef(ref):
    """ref() subclass that also remembers the dictionary key."""

    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly (strongly, in weft)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return '<%s at %#x>' % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key)] = value

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.data.items():
            new[key()] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, value in self.data.items():
            new[key()] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        for wr, value in list(self.data.items()):
            yield wr(), value

    def keys(self):
        for wr in list(self.data):
            yield wr()

    __iter__ = keys

    def values(self):
        yield from list(self.data.values())

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        key, value = self.data.popitem()
        return key(), value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            if not hasattr(dict, 'items'):
                dict = type({})(dict)
            for key, value in dict.items():
                self[key] = value
        if kwargs:
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet(MutableSet):
    """A set of weakly referenced objects (strongly, in weft)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            self.update(data)

    def __iter__(self):
        for itemref in list(self.data):
            yield itemref()

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return self.__class__, (list(self),), self.__getstate__()

    def __getstate__(self):
        return getattr(self, '__dict__', None)

    def add(self, item):
        self.data.add(ref(item))

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            return itemref()

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_types.GenericAlias)


class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected (in weft:
    at interpreter exit, since objects held here are never collected).
    The first time the finalizer is called it evaluates func(*args, **kwargs)
    and returns the result; after that it returns None."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = itertools.count()
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ('weakref', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        if not self._registered_with_atexit:
            _atexit.register(self._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = next(self._index_iter)
        self._registry[self] = info
        finalize._dirty = True

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None"""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return None"""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive"""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit"""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        # Return live finalizers marked for exit, oldest first
        L = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @classmethod
    def _exitfunc(cls):
        try:
            if cls._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = cls._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in cls._registry
        finally:
            finalize._shutdown = True
