# chr/ord/bin/oct/hex/ascii/repr/format conversions.
print([ord(c) for c in "Aa0 \n~é€😀"], [chr(i) for i in [65, 97, 48, 32, 126, 233, 8364, 128512]])
print(bin(10), oct(10), hex(10), bin(-10), oct(-10), hex(-10), bin(0), hex(2 ** 70))
print(ascii("plain"), ascii("é"), ascii("😀"), ascii([1, "é"]), ascii(b"\xff"), ascii("\n"))
print(repr("é"), repr("\x00"), repr("\u2028"), repr("\U0001F600"), repr(b"\xe9"))
print(format(255, "x"), format(255, "#o"), format(3.5, "e"), format("s", ">3"), format(12), format(1.5))
print(int("ff", 16), int("777", 8), int("1010", 2), int("zz", 36), int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
print(chr(0x41) + chr(0x30A2), ord("\uffff"), ord("\U0010ffff"), hex(ord("€")))
print("%c%c" % (72, 105), "{:c}".format(0x263A), f"{97:c}")
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"), lambda: ord(5), lambda: bin(1.5), lambda: hex("1")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"z")), chr(ord("a") + 25), [chr(c) for c in range(ord("a"), ord("f"))])
