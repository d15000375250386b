# bytes: construction, indexing, methods, hex/fromhex, errors.
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytes("hi", "ascii"), bytes(range(3)))
b = b"Hello World"
print(b[0], b[-1], b[0:5], b[::-1], b[100:], len(b), type(b[0]).__name__)
print(b.upper(), b.lower(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.index(b"W"), b.count(b"l"), b.find(111))
print(b.startswith(b"He"), b.endswith((b"x", b"ld")), b"  x ".strip(), b"xxyxx".strip(b"x"))
print(b.hex(), b"\x00\xff".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04".hex(" ", 2))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"a" in b"cat", 97 in b"cat")
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print(b"-".join([b"a", b"b"]), b"abc" + b"def", b"ab" * 2, b"a,b".partition(b","))
print(b"abc".isalpha(), b"123".isdigit(), b"ab1".isalnum(), b" ".isspace(), b"Ab".istitle())
print(b"hello".title(), b"hello".capitalize(), b"a".center(5, b"*"), b"7".zfill(3))
print(list(b"abc"), tuple(b"\x00\x01"), sorted(b"cab"))
for bad in [lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"a"[5],
            lambda: bytes(-1), lambda: b"x".join(["a"])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b"%d-%s-%x" % (5, b"ab", 255), b"%r" % "s", b"%5.2f" % 3.14159)
print(b"a" < b"b", b"abc" == b"abc", b"a" == "a", bytes(b"abc") is not None)
print(b"\x80abc".decode("latin-1"), b"abc".decode(), repr(b"'"), repr(b"'\""))
print(b"a\tb".expandtabs(4), b"A B".swapcase(), b"abc".removeprefix(b"a"), b"x.y".rsplit(b".", 1))
t = bytes.maketrans(b"ab", b"xy")
print(len(t), t[95:101], b"aabb".translate(bytes.maketrans(b"ab", b"xy")), b"abc".translate(None, b"b"))
