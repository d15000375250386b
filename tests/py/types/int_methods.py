# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, attributes.
for n in [0, 1, -1, 255, 256, -256, 2 ** 64, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((2 ** 70).to_bytes(9, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
print((5).to_bytes(), int.from_bytes(b"\x07"))
for args in [(1, "big"), (1, "middle")]:
    try:
        (256).to_bytes(*args)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print((10).as_integer_ratio(), (-7).as_integer_ratio())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print(True.real, (3).__index__(), int.__name__)
print((17).__floordiv__(5), (17).__mod__(-5), (2).__pow__(10), (3).__radd__(4))
print((5).__add__(1.0), (5).__lt__("x"))
print(int.__mro__, isinstance(True, int), type(True + 0))
print(hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 30))
print(hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(True))
print(int(True), int(-3.99), int(3.99), int("  42\n"), int(b"12"))
