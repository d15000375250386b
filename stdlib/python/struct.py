"""weft's struct: conversion between Python values and C structs as bytes.

Written for weft from the documented behaviour of CPython 3.11 (whose
implementation is the C module _struct): all format codes, native ('@',
with x86-64 sizes and alignment) and standard ('=', '<', '>', '!') modes,
and the same struct.error messages.  Floats are packed and unpacked with
exact integer arithmetic (round-half-even for 'f' and 'e').
"""

import sys as _sys

try:
    import _weftstruct as _accel
except ImportError:
    _accel = None

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
                 's': 1, 'p': 1, 'P': 8}
_STANDARD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
                   'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = set('bhilqn')
_WHITESPACE = ' \t\n\r\x0b\x0c'


# ---- floats --------------------------------------------------------------------

_FLOAT_LAYOUTS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _is_negative(x):
    # the sign bit, also for -0.0 and -nan
    return x.hex().startswith('-')


def _round_half_even(n, d):
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q & 1):
        q += 1
    return q


def _float_bits(x, code):
    """The IEEE 754 bit pattern of float x in the layout of format code."""
    exp_bits, mant_bits = _FLOAT_LAYOUTS[code]
    bias = (1 << (exp_bits - 1)) - 1
    sign = 1 if _is_negative(x) else 0
    top = sign << (exp_bits + mant_bits)
    max_exp = (1 << exp_bits) - 1
    if x != x:
        # the payload of a NaN is not visible from Python: use the quiet NaN
        return top | (max_exp << mant_bits) | (1 << (mant_bits - 1))
    if x in (float('inf'), float('-inf')):
        return top | (max_exp << mant_bits)
    if x == 0:
        return top
    n, d = abs(x).as_integer_ratio()
    # exponent e with 2**e <= n/d < 2**(e+1)
    e = n.bit_length() - d.bit_length()
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1
    emin = 1 - bias
    if e < emin:
        # subnormal: units of 2**(emin - mant_bits)
        shift = emin - mant_bits
        mant = _round_half_even(n << max(0, -shift), d << max(0, shift))
        if mant >> mant_bits:
            return top | (1 << mant_bits) | (mant & ((1 << mant_bits) - 1))
        return top | mant
    shift = e - mant_bits
    mant = _round_half_even(n << max(0, -shift), d << max(0, shift))
    if mant >> (mant_bits + 1):
        mant >>= 1
        e += 1
    if e + bias >= max_exp:
        raise OverflowError('float too large to pack with %s format' % code)
    return top | ((e + bias) << mant_bits) | (mant & ((1 << mant_bits) - 1))


def _bits_float(bits, code):
    """The float with IEEE 754 bit pattern `bits` in the layout of code."""
    exp_bits, mant_bits = _FLOAT_LAYOUTS[code]
    bias = (1 << (exp_bits - 1)) - 1
    sign = '-' if bits >> (exp_bits + mant_bits) else ''
    e = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if e == (1 << exp_bits) - 1:
        if mant:
            return float(sign + 'nan')
        return float(sign + 'inf')
    if e == 0:
        return float.fromhex('%s0x%xp%d' % (sign, mant, 1 - bias - mant_bits))
    return float.fromhex('%s0x%xp%d' % (sign, mant | (1 << mant_bits), e - bias - mant_bits))


# ---- argument conversion -----------------------------------------------------------

def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _as_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    conv = getattr(type(v), '__float__', None)
    if conv is not None:
        return conv(v)
    index = getattr(type(v), '__index__', None)
    if index is not None:
        return float(index(v))
    raise error('required argument is not a float')


_C_LONG_MIN = -(1 << 63)
_C_LONG_MAX = (1 << 63) - 1
_C_ULONG_MAX = (1 << 64) - 1


def _range_message(code, size, signed):
    if signed:
        largest = (1 << (size * 8 - 1)) - 1
        return "'%s' format requires %d <= number <= %d" % (code, -largest - 1, largest)
    return "'%s' format requires 0 <= number <= %d" % (code, (1 << (size * 8)) - 1)


def _check_int(code, v, size, native):
    """The int to pack for integer code `code`, with CPython's checks.
    `native` is true for '@', and for the standard orders that match the
    machine's byte order for codes whose standard and native sizes agree
    (CPython then uses its native packers, whose messages differ)."""
    v = _as_int(v)
    if code in 'bB':
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise error('argument out of range')
        if code == 'b' and not -128 <= v <= 127:
            raise error('byte format requires -128 <= number <= 127')
        if code == 'B' and not 0 <= v <= 255:
            raise error('ubyte format requires 0 <= number <= 255')
        return v
    if not native and size == 8:
        lo, hi = ((-(1 << 63), (1 << 63) - 1) if code == 'q' else (0, (1 << 64) - 1))
        if not lo <= v <= hi:
            raise error('int too large to convert')
        return v
    if native and code == 'P':
        if not _C_LONG_MIN <= v <= _C_ULONG_MAX:
            raise error('int too large to convert')
        return v & _C_ULONG_MAX
    signed = code in _SIGNED
    if native and code in 'hH':
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise error('argument out of range')
        if code == 'h' and not -32768 <= v <= 32767:
            raise error('short format requires -32768 <= number <= 32767')
        if code == 'H' and not 0 <= v <= 65535:
            raise error('ushort format requires 0 <= number <= 65535')
        return v
    if signed:
        if not _C_LONG_MIN <= v <= _C_LONG_MAX:
            raise error('argument out of range')
    elif not 0 <= v <= _C_ULONG_MAX:
        raise error('argument out of range')
    if size < 8:
        bits = size * 8
        lo, hi = ((-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1))
        if not lo <= v <= hi:
            raise error(_range_message(code, size, signed))
    return v


# ---- format parsing ------------------------------------------------------------------

def _parse_format(fmt):
    """(byte order, native?, [(code, count, offset, size)], total size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    order = '@'
    i = 0
    if fmt[:1] in ('@', '=', '<', '>', '!'):
        order = fmt[0]
        i = 1
    native = order == '@'
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch in _WHITESPACE:
            i += 1
            continue
        count = 1
        if ch.isdigit() and ch.isascii():
            j = i
            while j < n and fmt[j].isdigit() and fmt[j].isascii():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error('repeat count given without format specifier')
            ch = fmt[i]
        size = sizes.get(ch)
        if size is None:
            raise error('bad char in struct format')
        i += 1
        if native and ch not in 'xcbB?sp' and offset % size:
            offset += size - offset % size  # align to the item's size
        items.append((ch, count, offset, size))
        offset += size * count
    return order, native, items, offset


def _byteorder(order):
    return 'big' if order in ('>', '!') else 'little'


class Struct:
    """Struct(fmt) --> compiled struct object"""

    def __init__(self, format):
        if not isinstance(format, (str, bytes)):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                            % type(format).__name__)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format
        self._order, self._native, self._items, self.size = _parse_format(format)
        host = '<' if _sys.byteorder == 'little' else '>'
        self._order_is_host = self._order == '=' or self._order == host
        if self._order == '!' and host == '>':
            self._order_is_host = True
        self._nargs = sum(1 if code in 'sp' else count
                          for code, count, _, _ in self._items if code != 'x')
        # The native fast path (_weftstruct) handles the ordinary cases and
        # returns None for anything else, which then takes the Python path.
        self._little = _byteorder(self._order) == 'little'
        self._spec = None
        if _accel is not None and all(code != 'e' for code, _, _, _ in self._items):
            self._spec = b''.join(
                code.encode('latin-1') + count.to_bytes(4, 'little') + offset.to_bytes(4, 'little')
                + size.to_bytes(1, 'little')
                for code, count, offset, size in self._items)

    # ---- packing ----

    def _pack_into_buffer(self, buf, base, args, who):
        if len(args) != self._nargs:
            raise error('%s expected %d items for packing (got %d)' % (who, self._nargs, len(args)))
        byteorder = _byteorder(self._order)
        k = 0
        for code, count, offset, size in self._items:
            pos = base + offset
            if code == 'x':
                buf[pos:pos + count] = bytes(count)
                continue
            if code in 'sp':
                data = args[k]
                k += 1
                if not isinstance(data, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    chunk = bytes(data[:count])
                    buf[pos:pos + count] = chunk + bytes(count - len(chunk))
                else:
                    if count == 0:
                        continue
                    chunk = bytes(data[:count - 1])
                    length = min(len(chunk), 255)
                    buf[pos:pos + count] = bytes([length]) + chunk + bytes(count - 1 - len(chunk))
                continue
            for r in range(count):
                value = args[k]
                k += 1
                p = pos + r * size
                buf[p:p + size] = self._pack_one(code, value, size, byteorder)

    def _pack_one(self, code, value, size, byteorder):
        if code == 'c':
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error('char format requires a bytes object of length 1')
            return bytes(value)
        if code == '?':
            return b'\x01' if value else b'\x00'
        if code in 'efd':
            bits = _float_bits(_as_float(value), code)
            return bits.to_bytes(size, byteorder)
        native = self._native or (self._order_is_host and code in 'hHqQ')
        v = _check_int(code, value, size, native)
        return (v & ((1 << (size * 8)) - 1)).to_bytes(size, byteorder)

    def pack(self, *args):
        """S.pack(v1, v2, ...) -> bytes"""
        if self._spec is not None:
            packed = _accel.pack(self._spec, self._little, self.size, args)
            if packed is not None:
                return packed
        buf = bytearray(self.size)
        self._pack_into_buffer(buf, 0, args, 'pack')
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        """S.pack_into(buffer, offset, v1, v2, ...)"""
        if len(args) != self._nargs:
            raise error('pack_into expected %d items for packing (got %d)'
                        % (self._nargs, len(args)))
        if isinstance(buffer, (bytes, str)) or not hasattr(buffer, '__setitem__'):
            raise TypeError('argument must be read-write bytes-like object, not %s'
                            % type(buffer).__name__)
        buflen = len(buffer)
        offset = _as_offset(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + buflen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, buflen))
            offset += buflen
        if buflen - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, buflen))
        tmp = bytearray(self.size)
        self._pack_into_buffer(tmp, 0, args, 'pack_into')
        buffer[offset:offset + self.size] = tmp

    # ---- unpacking ----

    def _unpack_at(self, data, base):
        if self._spec is not None and type(data) is bytes:
            values = _accel.unpack(self._spec, self._little, data, base)
            if values is not None:
                return values
        byteorder = _byteorder(self._order)
        result = []
        for code, count, offset, size in self._items:
            pos = base + offset
            if code == 'x':
                continue
            if code == 's':
                result.append(bytes(data[pos:pos + count]))
                continue
            if code == 'p':
                if count == 0:
                    result.append(b'')
                    continue
                length = min(data[pos], count - 1)
                result.append(bytes(data[pos + 1:pos + 1 + length]))
                continue
            for r in range(count):
                p = pos + r * size
                chunk = bytes(data[p:p + size])
                result.append(self._unpack_one(code, chunk, byteorder))
        return tuple(result)

    def _unpack_one(self, code, chunk, byteorder):
        if code == 'c':
            return chunk
        if code == '?':
            return chunk != b'\x00' * len(chunk)
        if code in 'efd':
            return _bits_float(int.from_bytes(chunk, byteorder), code)
        return int.from_bytes(chunk, byteorder, signed=code in _SIGNED)

    def unpack(self, buffer):
        """S.unpack(buffer) -> (v1, v2, ...)"""
        data = _as_bytes(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """S.unpack_from(buffer, offset=0) -> (v1, v2, ...)"""
        data = _as_bytes(buffer)
        buflen = len(data)
        offset = _as_offset(offset)
        if offset < 0:
            if offset + buflen < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, buflen))
            offset += buflen
        if buflen - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, buflen))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        """S.iter_unpack(buffer) -> iterator(v1, v2, ...)"""
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        data = _as_bytes(buffer)
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return (self._unpack_at(data, base) for base in range(0, len(data), self.size))

    def __repr__(self):
        return '<%s.%s object at %#x>' % (type(self).__module__, type(self).__qualname__,
                                         id(self))


Struct.__module__ = '_struct'


def _as_offset(offset):
    index = getattr(type(offset), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(offset).__name__)
    return index(offset)


def _as_bytes(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, str) or not hasattr(buffer, '__len__'):
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
    try:
        return bytes(memoryview(buffer))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None


_cache = {}


def _compiled(fmt):
    try:
        return _cache[fmt]
    except (KeyError, TypeError):
        pass
    s = Struct(fmt)
    if len(_cache) > 100:
        _cache.clear()
    _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compiled(format).size


def pack(format, /, *args):
    """pack(format, v1, v2, ...) -> bytes"""
    return _compiled(format).pack(*args)


def pack_into(format, buffer, offset, /, *args):
    """pack_into(format, buffer, offset, v1, v2, ...)"""
    return _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer, /):
    """unpack(format, buffer) -> (v1, v2, ...)"""
    return _compiled(format).unpack(buffer)


def unpack_from(format, /, buffer, offset=0):
    """unpack_from(format, buffer, offset=0) -> (v1, v2, ...)"""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """iter_unpack(format, buffer) -> iterator(v1, v2, ...)"""
    return _compiled(format).iter_unpack(buffer)


def _clearcache():
    """Clear the internal cache."""
    _cache.clear()
