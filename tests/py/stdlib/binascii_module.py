import binascii
for d in [b"", b"\x00", b"hello world", bytes(range(256))]:
    print(binascii.hexlify(d)[:40], binascii.b2a_base64(d)[:40], binascii.crc32(d), binascii.crc_hqx(d, 0))
    assert binascii.unhexlify(binascii.hexlify(d)) == d
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
print(binascii.hexlify(b"\x01\x02\x03\x04", "-"), binascii.hexlify(b"\x01\x02\x03\x04", ":", 2))
print(binascii.b2a_base64(b"abc", newline=False), binascii.crc32(b"abc", 12345))
print(binascii.unhexlify("ABcd"), binascii.a2b_hex(b"00ff"), binascii.a2b_base64("YWJj"))
for bad in [b"abc", b"zz", "é"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [b"abc", b"a", b"ab=c"]:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
try:
    binascii.a2b_base64(b"YW*J", strict_mode=True)
except binascii.Error as e:
    print(e)
try:
    binascii.hexlify("str")
except TypeError as e:
    print(e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
import zlib
print(zlib.crc32(b"hello"), zlib.adler32(b"hello"), zlib.adler32(b"x" * 10000, 7), zlib.crc32(b"a", 1))
