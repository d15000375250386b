# struct: pack/unpack/calcsize with byte orders, alignment, strings, errors.
import struct
print(struct.pack(">I", 1), struct.pack("<I", 1), struct.pack("!h", -2), struct.pack(">q", -1), struct.pack("<Q", 2 ** 64 - 1))
print(struct.pack(">f", 1.5), struct.pack("<d", -0.0), struct.pack(">e", 0.5), struct.pack("?", True), struct.pack("c", b"x"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("p", b"x"), struct.pack(">3B", 1, 2, 255))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.unpack(">d", struct.pack(">d", 3.14)))
print(struct.calcsize("<i"), struct.calcsize(">qh"), struct.calcsize("=bi"), struct.calcsize("<5s3x"), struct.calcsize(">?"))
print(struct.calcsize("@bi") >= 5, struct.calcsize("bi") == struct.calcsize("@bi"))
rec = struct.pack("<HI4s", 7, 123456, b"name")
print(rec, len(rec), struct.unpack("<HI4s", rec))
print(list(struct.iter_unpack(">H", b"\x00\x01\x00\x02\x00\x03")), struct.unpack_from(">H", b"xx\x01\x02", 2))
buf = bytearray(8)
struct.pack_into(">HH", buf, 2, 258, 515)
print(buf)
s = struct.Struct(">iH")
print(s.size, s.format, s.pack(-1, 65535), s.unpack(b"\x80\x00\x00\x00\x00\x01"))
for fmt, args in [(">B", (256,)), (">b", (-129,)), (">H", (-1,)), (">I", ("x",)), (">i", (1, 2)), (">Z", (1,)), (">h", ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error", fmt, e)
try:
    struct.unpack(">I", b"\x00")
except struct.error as e:
    print("struct.error", e)
print(struct.pack(">f", float("inf")), struct.unpack(">f", b"\x7f\xc0\x00\x00")[0], struct.unpack("<e", b"\x00\x3c"))
