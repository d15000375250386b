import zlib
data = b"hello world " * 100 + bytes(range(256))
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.decompress(c) == data, c[:2])
print(zlib.compress(b""), zlib.decompress(zlib.compress(b"")))
print(zlib.crc32(b"hello"), zlib.crc32(b"hello", 1), zlib.adler32(b"hello"), zlib.adler32(b""), zlib.crc32(b"a", -1))
print(zlib.crc32(bytearray(b"abc")), zlib.crc32(memoryview(b"abc")))
raw = zlib.compress(data, wbits=-15)
print(zlib.decompress(raw, -15) == data)
gz = zlib.compress(data, wbits=31)
print(gz[:3], zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)
co = zlib.compressobj(6)
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b"".join(parts)
print(zlib.decompress(stream) == data)
do = zlib.decompressobj()
out = b""
for i in range(0, len(stream), 37):
    out += do.decompress(stream[i:i + 37])
out += do.flush()
print(out == data, do.eof, do.unused_data, do.unconsumed_tail)
do = zlib.decompressobj()
print(do.decompress(stream + b"EXTRA") == data, do.unused_data, do.eof)
do = zlib.decompressobj()
first = do.decompress(stream, 10)
print(len(first), len(do.unconsumed_tail) > 0)
rest = do.decompress(do.unconsumed_tail)
print(first + rest == data)
for bad in [b"garbage", zlib.compress(data)[:20]]:
    try:
        zlib.decompress(bad)
    except zlib.error as e:
        print("error", e)
try:
    zlib.compress(b"x", 20)
except zlib.error as e:
    print("error", e)
try:
    zlib.compress("text")
except TypeError as e:
    print("TypeError", e)
print(zlib.error.__module__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, type(zlib.ZLIB_VERSION).__name__)
