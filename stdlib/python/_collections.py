"""deque and defaultdict for weft's collections module.

deque is a ring of slots indexed from `_head`; appends and pops at either end
are O(1). (A native, lock-protected deque replaces this in the threads work.)
"""
from reprlib import recursive_repr as _recursive_repr
from operator import itemgetter as _itemgetter

_EMPTY = object()


class deque:
    __slots__ = ('_items', '_head', '_len', '_maxlen', '_state', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = [_EMPTY] * 8
        self._head = 0
        self._len = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        old = self._items
        n = len(old)
        self._items = [old[(self._head + i) % n] for i in range(self._len)] + [_EMPTY] * (n * 2 - self._len)
        self._head = 0

    def append(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._len == len(self._items):
            self._grow()
        self._items[(self._head + self._len) % len(self._items)] = x
        self._len += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen is not None and self._len >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._len == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = x
        self._len += 1

    def pop(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._len -= 1
        i = (self._head + self._len) % len(self._items)
        x = self._items[i]
        self._items[i] = _EMPTY
        return x

    def popleft(self):
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._items[self._head]
        self._items[self._head] = _EMPTY
        self._head = (self._head + 1) % len(self._items)
        self._len -= 1
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = [_EMPTY] * 8
        self._head = 0
        self._len = 0

    def copy(self):
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return sum(1 for item in self if item is x or item == x)

    def index(self, x, start=0, stop=None):
        n = self._len
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(0, start + n)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            item = self[i]
            if item is x or item == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and self._len >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = self._len
        if i < 0:
            i = max(0, i + n)
        i = min(i, n)
        self.rotate(-i)
        self.appendleft(x)
        self.rotate(i)

    def remove(self, value):
        for i in range(self._len):
            item = self[i]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        items = list(self)
        items.reverse()
        self.clear()
        self.extend(items)

    def rotate(self, n=1):
        length = self._len
        if length <= 1:
            return
        n %= length
        for _ in range(n if n <= length // 2 else 0):
            self.appendleft(self.pop())
        if n > length // 2:
            for _ in range(length - n):
                self.append(self.popleft())

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._items)

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        self._index(i)
        if i < 0:
            i += self._len
        self.rotate(-i)
        self.popleft()
        self.rotate(i)

    def __len__(self):
        return self._len

    def __bool__(self):
        return self._len > 0

    def __iter__(self):
        state = self._state
        items = self._items
        for i in range(self._len):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[(self._head + i) % len(self._items)]

    def __reversed__(self):
        state = self._state
        for i in range(self._len - 1, -1, -1):
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[(self._head + i) % len(self._items)]

    def __contains__(self, x):
        return any(item is x or item == x for item in self)

    @_recursive_repr('[...]')
    def __repr__(self):
        items = list(self)
        if self._maxlen is None:
            return f"deque({items!r})"
        return f"deque({items!r}, maxlen={self._maxlen})"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.__class__((), self._maxlen)
        for _ in range(n):
            result.extend(self)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    def __reduce__(self):
        return self.__class__, (list(self), self._maxlen)

    def __class_getitem__(cls, item):
        return cls


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    @_recursive_repr()
    def __repr__(self):
        factory = self.default_factory
        factory_repr = 'None' if factory is None else repr(factory)
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory else ()
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


_tuple_getitem = tuple.__getitem__


class _tuplegetter(property):
    """A namedtuple field: reads item `index`; rejects assignment with
    CPython's "can't set attribute" (a plain property would name itself)."""

    def __init__(self, index, doc):
        # tuple.__getitem__, not obj[index]: a subclass overriding
        # __getitem__ must not change field access (as in CPython).
        super().__init__(lambda obj: _tuple_getitem(obj, index), doc=doc)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")
