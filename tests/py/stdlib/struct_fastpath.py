import struct
vals = {"b": [-128, 0, 127], "B": [0, 255], "h": [-32768, 32767], "H": [65535], "i": [-2**31, 2**31 - 1],
        "I": [2**32 - 1], "l": [-2**63, 2**63 - 1], "L": [2**64 - 1, 5], "q": [-2**63, 7], "Q": [2**64 - 1, 2**63, 3],
        "n": [-1], "N": [2**64 - 1], "?": [True, False, 0, 3, None], "f": [1.5, -0.0, float("inf"), 3.4e38, 1e-46],
        "d": [1e308, float("-inf"), 2.5], "c": [b"\x00", b"z"], "P": [0, 2**64 - 1]}
for order in "@=<>!":
    for code, vs in vals.items():
        if order != "@" and code in "nNP":
            continue
        for v in vs:
            fmt = order + "b" + code + "3s2p"
            p = struct.pack(fmt, 1, v, b"ab", b"xyz")
            print(fmt, v, p.hex(), struct.unpack(fmt, p))
import math
print(math.isnan(struct.unpack("<d", struct.pack("<d", float("nan")))[0]) if hasattr(math, "isnan") else True)
for fmt, args in [("<h", (32768,)), ("<B", (-1,)), ("<?", ("s",)), ("<f", (1e39,)), ("<d", (1,)), ("<f", (2,)),
                  ("<i", (True,)), ("<Q", (2**64,)), ("<q", (2**63,)), ("<s", ("x",)), ("<c", (b"",)),
                  ("<ii", (1,)), ("<i", (1, 2)), ("<5p", (bytearray(b"ab"),)), ("<i", (1.0,))]:
    try:
        print(fmt, args, struct.pack(fmt, *args))
    except (struct.error, TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
s = struct.Struct("<IhQ")
print(s.unpack(s.pack(4000000000, -5, 2**64 - 1)), s.unpack(bytearray(s.pack(1, 2, 3))))
print(struct.unpack("<0p3x2s", b"\0\0\0ab"), struct.pack("<0p3x2s", b"", b"abc"))
data = bytes(range(256)) * 8
print(sum(a + b for a, b in struct.iter_unpack("<hH", data)), struct.unpack_from("<iq", data, 3), struct.unpack_from(">d", data, -8))
print(list(struct.iter_unpack("@bq", bytes(range(48))))[:2])
try:
    struct.unpack_from("<q", data, 2045)
except struct.error as e:
    print(e)
