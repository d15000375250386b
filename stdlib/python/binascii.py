"""weft's binascii: hex, base64, CRC-32 and CRC-CCITT conversions, written in
Python from the documented behaviour of CPython 3.11."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'


def _bytes_arg(data, func):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _ascii_arg(data):
    # a2b_* functions also accept ASCII-only str
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_arg(data, 'hexlify')
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    data = _ascii_arg(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode('ascii')) if data.isalnum() or not data else _strict_hex(data)
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


def _strict_hex(data):
    raise ValueError


a2b_hex = unhexlify

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUES = {c: i for i, c in enumerate(_B64)}


try:
    import _weftbinascii as _native
except ImportError:
    _native = None


def b2a_base64(data, *, newline=True):
    data = _bytes_arg(data, 'b2a_base64')
    if _native is not None:
        return _native.b2a_base64(data, bool(newline))
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = data[-2] << 16 | data[-1] << 8
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_arg(data)
    if _native is not None:
        try:
            return _native.a2b_base64(data, bool(strict_mode))
        except ValueError as e:
            raise Error(str(e)) from None
    if strict_mode and data and data[0] == 0x3d:
        raise Error("Leading padding not allowed")
    out = bytearray()
    acc = 0
    nbits = 0
    count = 0       # data characters seen
    pads = 0
    for pos, c in enumerate(data):
        if c == 0x3d:  # '='
            if strict_mode and count == 0:
                raise Error("Leading padding not allowed")
            pads += 1
            # padding completes the quantum when enough has been seen
            if count % 4 >= 2 and (count % 4) + pads >= 4:
                if strict_mode and pos != len(data) - 1:
                    raise Error("Excess data after padding")
                acc = nbits = 0
                return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and pads:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    if count % 4:
        if count % 4 == 1:
            raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                        "be 1 more than a multiple of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


def _make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _make_crc_table()


try:
    from _zlib import crc32 as _native_crc32
except ImportError:
    _native_crc32 = None


def crc32(data, crc=0):
    if _native_crc32 is not None:
        return _native_crc32(data, crc)
    data = _bytes_arg(data, 'crc32')
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    data = _bytes_arg(data, 'crc_hqx')
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
