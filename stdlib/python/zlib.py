"""weft's zlib: checksums only (crc32, adler32); compression is not available."""

from binascii import crc32 as _crc32, _bytes_arg

ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_DEFAULT_COMPRESSION = -1
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9


class error(Exception):
    pass


error.__module__ = 'zlib'


def crc32(data, value=0):
    return _crc32(data, value)


def adler32(data, value=1):
    data = _bytes_arg(data, 'adler32')
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    for i in range(0, len(data), 5552):
        for c in data[i:i + 5552]:
            a += c
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a
