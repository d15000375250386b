# int<->float conversions, true division correct rounding, mixed exact comparisons.
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3), float(-(2 ** 63)))
print(float(2 ** 1023 * 2 - 1) if False else float(2 ** 1023), float(10 ** 22), float(10 ** 23))
print(int(1e22), int(1e23), int(2.0 ** 64), int(-1.9999999999999998), int(0.9999999999999999))
print(10 ** 30 / 10 ** 10, 1 / 3, 2 ** 100 / 2 ** 98, (10 ** 400) / (10 ** 399), 7 / 7, -7 / 2, 0 / -5)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError", e)
print((2 ** 53 + 1) == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, 10 ** 400 < float("inf"))
print(1 == 1.0, 0.1 == 1 / 10, 3 == 3.0000000000000001, 9007199254740993 == 9007199254740992.0, 2 ** 1000 == 2.0 ** 1000)
print(hash(2 ** 1000) == hash(2.0 ** 1000), hash(0.5) == hash(0.5), {1: "a", 1.0: "b"}, {2 ** 53 + 1: 1}.get(float(2 ** 53 + 1)))
print(int("123") + float("0.5"), type(1 + 1.0).__name__, type(1 * True).__name__, type(True + 0.0).__name__)
print(sum([1, 2.5, True]), max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sorted([1, 1.0, True, 0.5]))
print(float(True), float("  1.5\n"), float("1e-3"), float(" -inf "), float(b"2.5") if False else float("2.5"))
print(3 / 2, 3 // 2, 3.0 // 2, -3 / 2, -3 // 2, 1e300 * 1e10, 2 ** -1075 == 0, 2.0 ** -1074)
print(10 ** 16 + 1.0, float(10 ** 16 + 1), 123456789012345678 * 1.0, (123456789012345678).__float__())
print(round(2 ** 63 / 3), int(2 ** 63 / 3), 2 ** 63 // 3)
