# Shortest round-tripping float repr and str.
vals = [0.1, 0.2, 0.1 + 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
        1e22, 1e23, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 100.0, 1e100, 1.5e300 * 1.5e300,
        -0.0, 0.0, 3.0, -2.5, 9007199254740993.0, 0.1 * 3, 1.1 * 1.1, 4.35 * 100, 1 - 0.9, 2 ** 0.5,
        float("nan"), float("-inf"), 12345.678e-3, 1.0e-7, 123e-10, 999999999999999.9, 9999999999999998.0]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v or v != v)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, round(0.1 + 0.2, 10) == 0.3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10), math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(float.hex(0.1), (0.1).as_integer_ratio(), 3602879701896397 / 36028797018963968)
print(1e308 * 10, 2.0 ** 1023 * 2 if False else 2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075)
print([x / 10 for x in range(11)])
print([1 / x for x in range(1, 11)])
