# float methods: is_integer, hex/fromhex, as_integer_ratio, special values.
for f in [0.0, -0.0, 1.5, -2.0, 1e300, 0.1, 3.0]:
    print(repr(f), f.is_integer(), f.hex(), f.as_integer_ratio())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"))
print(float.fromhex("inf"), float.fromhex(" 0x10 "))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf.is_integer(), nan.is_integer(), inf.hex(), nan.hex())
for bad in [inf, nan]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(float("  -1.5e3 "), float("+inf"), float("-Infinity"), float("nAn"), float("1_000.5"))
for s in ["", "abc", "1.2.3", "0x10", "1e", "_1"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
print((1.5).real, (1.5).imag, (1.5).conjugate())
print(float(10 ** 20), float(2 ** 53 + 1), float(True))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2)
print(0.0 == -0.0, str(-0.0), 1 / inf, -1 / inf)
import math
print(math.copysign(1, -0.0), (-0.0).hex())
print(float.__mro__, type(1.0).__name__)
print(hash(float("inf")), hash(float("-inf")), hash(1.5), hash(2.0 ** 70))
