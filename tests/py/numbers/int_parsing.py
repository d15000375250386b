# int() parsing: bases, prefixes, underscores, whitespace, signs, errors; int<->str limits.
cases = [("42", 10), (" -42 ", 10), ("+7", 10), ("1_000", 10), ("0x1F", 16), ("1F", 16), ("0x1f", 0), ("0o17", 0),
         ("0b101", 0), ("017", 8), ("z", 36), ("ZZ", 36), ("0", 0), ("00", 0), ("-0b1_0", 0), ("\t\n12\r ", 10),
         ("١٢٣", 10), ("1_2_3", 0), ("0_0", 0), ("  0xff  ", 16), ("0XfF", 0), ("zz", 35), ("10", 2), ("-0", 10)]
for s, base in cases:
    try:
        print(repr(s), base, "->", int(s, base))
    except ValueError as e:
        print(repr(s), base, "-> ValueError", e)
for bad in ["", " ", "1__0", "_1", "1_", "0x", "1.5", "1e3", "--1", "+-1", "0b2", "08", "1 2", "0x_", "12a"]:
    try:
        int(bad, 0 if bad.startswith(("0b", "0x", "08")) else 10)
        print(repr(bad), "parsed?!")
    except ValueError as e:
        print("ValueError", e)
for v in [3.9, -3.9, 1e20, -0.0, True, "  7  ", b"12", bytearray(b"-3")]:
    print(repr(v), int(v))
print(int(), int(0), int("0b11", 2) if False else int("11", 2), int("0b11", 0))
print(int(10 ** 20 + 0.0), int(2.5e-3), int(-2.999))
class HasTrunc:
    def __trunc__(self):
        return 9
class HasIndex:
    def __index__(self):
        return 8
print(int(HasIndex()))
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError", e)
print(len(hex(big)), int("1" * 4300) % 97)
sys.set_int_max_str_digits(0)
print(len(str(big)))
sys.set_int_max_str_digits(4300)
