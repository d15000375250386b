# Bitwise operators on ints incl. negatives (two's complement semantics) and big ints.
vals = [0, 1, 5, -1, -5, 255, -256, 2 ** 64 + 3, -(2 ** 64) - 3]
for a in vals[:5]:
    print(a, [a & b for b in vals], [a | b for b in vals[:5]], [a ^ b for b in vals[:5]])
print([~v for v in vals])
print([v << 3 for v in vals], [v >> 1 for v in vals], [v >> 70 for v in vals])
print(1 << 0, 1 << 64, -1 << 64, 7 >> 10, -7 >> 10, 2 ** 100 >> 99, (2 ** 100 + 1) & 1)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError", e)
print(bin(-5), hex(-255), oct(-8), bin(0), hex(2 ** 64), f"{-5 & 0xFF:08b}", (-5) % 256)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
x = 0b1010
x |= 0b0101; x &= 0b1100; x ^= 0b0011; x <<= 2; x >>= 1
print(x, bin(x))
mask = (1 << 32) - 1
print((-1) & mask, (2 ** 40 + 5) & mask, ((-12345) & mask) - (1 << 32))
print(sum(1 << i for i in range(10)), (255).bit_count(), (-255).bit_count(), (12).bit_length())
