import struct
fmts = ["<i", ">I", "=h", "@q", "!Q", "<f", ">d", "<e", "@?", "<3s", "<5p", "@bhilq", "<bhilq", "@ci", "@ic",
        "@xxi", ">2h", "@P", "@nN", "<10x", "@hq", "@iq0q"]
for f in fmts:
    print(f, struct.calcsize(f))
print(struct.pack("<i", -2), struct.pack(">I", 4000000000), struct.pack("@bhilq", 1, 2, 3, 4, 5))
print(struct.pack("<e", 1.5), struct.pack("<f", 0.1), struct.pack(">d", -0.0), struct.pack("<e", 65504.0))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5p", b"hi"), struct.pack("@?", 7), struct.pack("@c", b"z"))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.unpack("<5p", b"\x02hixx"), struct.unpack("@ci", struct.pack("@ci", b"a", 7)))
print(list(struct.iter_unpack("<hh", bytes(range(12)))))
buf = bytearray(16)
struct.pack_into("<ii", buf, 4, 10, 20)
print(buf, struct.unpack_from("<i", buf, 8), struct.unpack_from("<i", buf, offset=4))
s = struct.Struct("<iHx")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00\x00"), repr(s)[:20])
errs = [lambda: struct.pack("<i", 2**31), lambda: struct.pack("<I", -1), lambda: struct.pack("<i", "x"),
        lambda: struct.pack("<i", 1.5), lambda: struct.unpack("<i", b"abc"), lambda: struct.calcsize("<z"),
        lambda: struct.pack("<ii", 1), lambda: struct.pack("<c", b"ab"), lambda: struct.pack("<b", 200),
        lambda: struct.pack("<h", 70000), lambda: struct.unpack_from("<i", b"ab", 1),
        lambda: struct.pack_into("<i", bytearray(2), 0, 1), lambda: list(struct.iter_unpack("<i", b"abcde")),
        lambda: struct.pack("<e", 1e10), lambda: struct.pack("<f", 1e40), lambda: struct.pack("<s", 5),
        lambda: struct.pack("<Q", 2**64), lambda: struct.pack("@q", -2**63 - 1)]
for e in errs:
    try:
        print(e())
    except (struct.error, TypeError, OverflowError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(struct.error.__module__, issubclass(struct.error, Exception))
