"""weft's array: compact typed arrays of numbers (pure Python).

Written for weft from the documented behaviour of CPython 3.11 (whose
array module is C).  Items are kept in a Python list and converted to the
C representation (x86-64 Linux sizes, little-endian) by tobytes()/
frombytes(); values are range-checked with CPython's OverflowError
messages, and 'f' items are rounded to single precision on the way in.
"""
import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = set('bhilq')
_INTCODES = set('bBhHiIlLqQ')
_C_LONG_MIN = -(1 << 63)
_C_LONG_MAX = (1 << 63) - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    method = getattr(type(v), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return method(v)


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError('%s is less than minimum' % what)
    if v > hi:
        raise OverflowError('%s is greater than maximum' % what)


def _check_long(v):
    if not _C_LONG_MIN <= v <= _C_LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')


def _check_item(code, v):
    """The value stored for v in an array of typecode code (or raise)."""
    if code == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if code in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        else:
            conv = getattr(type(v), '__float__', None) or getattr(type(v), '__index__', None)
            if conv is None:
                raise TypeError('must be real number, not %s' % type(v).__name__)
            x = float(conv(v))
        return _to_float32(x) if code == 'f' else x
    v = _index(v)
    if code == 'b':
        _check_long(v)
        _range(v, -32768, 32767, 'signed short integer')
        _range(v, -128, 127, 'signed char')
    elif code == 'B':
        _check_long(v)
        _range(v, 0, 255, 'unsigned byte integer')
    elif code == 'h':
        _check_long(v)
        _range(v, -32768, 32767, 'signed short integer')
    elif code == 'H':
        _check_long(v)
        _range(v, -(1 << 31), (1 << 31) - 1, 'signed integer')
        _range(v, 0, 65535, 'unsigned short')
    elif code == 'i':
        _check_long(v)
        _range(v, -(1 << 31), (1 << 31) - 1, 'signed integer')
    elif code == 'I':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > (1 << 64) - 1:
            raise OverflowError('Python int too large to convert to C unsigned long')
        _range(v, 0, (1 << 32) - 1, 'unsigned int')
    elif code == 'l':
        _check_long(v)
    elif code == 'L':
        if v < 0:
            raise OverflowError("can't convert negative value to unsigned int")
        if v > (1 << 64) - 1:
            raise OverflowError('Python int too large to convert to C unsigned long')
    elif code == 'q':
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise OverflowError('int too big to convert')
    elif code == 'Q':
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > (1 << 64) - 1:
            raise OverflowError('int too big to convert')
    return v


def _to_float32(x):
    """x rounded to single precision, like a C (float) cast."""
    try:
        bits = _struct._float_bits(x, 'f')
    except OverflowError:
        return float('-inf') if x < 0 else float('inf')
    return _struct._bits_float(bits, 'f')


def _item_bytes(code, v):
    size = _ITEMSIZE[code]
    if code == 'u':
        return ord(v).to_bytes(4, 'little')
    if code in 'fd':
        return _struct._float_bits(v, code).to_bytes(size, 'little')
    return (v & ((1 << (size * 8)) - 1)).to_bytes(size, 'little')


def _bytes_item(code, chunk):
    if code == 'u':
        return chr(int.from_bytes(chunk, 'little'))
    if code in 'fd':
        return _struct._bits_float(int.from_bytes(chunk, 'little'), code)
    return int.from_bytes(chunk, 'little', signed=code in _SIGNED)


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._code == 'u') != (typecode == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            self._items = [_check_item(typecode, v) for v in initializer._items]
        else:
            self._items = [_check_item(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._code]

    def _new(self, items):
        a = object.__new__(type(self))
        a._code = self._code
        a._items = items
        return a

    # ---- sequence protocol ----

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_index(index)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if count != len(value._items):
                    raise ValueError('attempt to assign array of size %d to extended slice '
                                     'of size %d' % (len(value._items), count))
            self._items[index] = list(value._items)
            return
        value = _check_item(self._code, value)
        try:
            self._items[_index(index)] = value
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_index(index)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # ---- operators ----

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._code, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._code, list(self._items)), None)

    # ---- methods ----

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_check_item(self._code, v))

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address
        and the length in items of the buffer used to hold array's contents."""
        return (id(self._items), len(self._items))

    def byteswap(self):
        """Byteswap all items of the array."""
        self._items = [_bytes_item(self._code, _item_bytes(self._code, v)[::-1])
                       for v in self._items]

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return sum(1 for x in self._items if x is v or x == v)

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        for v in bb:
            self.append(v)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of
        machine values, as if it had been read from a file using the
        fromfile() method."""
        data = bytes(buffer) if not isinstance(buffer, str) else None
        if data is None:
            raise TypeError("a bytes-like object is required, not 'str'")
        size = _ITEMSIZE[self._code]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        for i in range(0, len(data), size):
            self._items.append(_bytes_item(self._code, data[i:i + size]))

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end
        of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        nbytes = n * _ITEMSIZE[self._code]
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        usable = len(data) - len(data) % _ITEMSIZE[self._code]
        self.frombytes(data[:usable])
        if len(data) != nbytes:
            raise EOFError('read() didn\'t return enough bytes')

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        converted = [_check_item(self._code, v) for v in list]
        self._items.extend(converted)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        self._items.extend(ustr)

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array."""
        n = len(self._items)
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, min(stop, n)):
            x = self._items[i]
            if x is v or x == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(_index(i), _check_item(self._code, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array."""
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        for i, x in enumerate(self._items):
            if x is v or x == v:
                del self._items[i]
                return
        raise ValueError('array.remove(x): x not in array')

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tobytes(self):
        """Convert the array to an array of machine values and return the
        bytes representation."""
        return b''.join(_item_bytes(self._code, v) for v in self._items)

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ArrayType = array
