# Arbitrary-precision integers: arithmetic, powers, factorials, mixed signs.
a = 2 ** 100
b = 3 ** 70
print(a, b, a + b, a - b, a * b)
print(a // b, a % b, b // a, b % a, divmod(b, a), divmod(-b, a), divmod(b, -a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(a ** 3, (-a) ** 3, pow(a, 0), pow(-1, 10 ** 20), pow(-1, 10 ** 20 + 1))
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), str(f).count("0"))
print(f // (2 ** 40), f % 1000003, f >> 100, f & 0xFFFF, f.bit_length())
m = 10 ** 40 + 7
print(pow(12345, 10 ** 12, m), pow(3, -1, 7), pow(2, -1, 10 ** 9 + 7), pow(-3, 3, 10))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError", e)
print(-(2 ** 64), abs(-(2 ** 64)), +(-(2 ** 64)), -(-(2 ** 64)), ~(2 ** 64), -~(2 ** 64))
big = 123456789 ** 9
print(big, big == int(str(big)), hex(big), oct(big)[:20], bin(big)[:20])
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), 10 ** 18 + 1 - 10 ** 18)
fibs = [0, 1]
for _ in range(200):
    fibs.append(fibs[-1] + fibs[-2])
print(fibs[-1], fibs[-1] % 10 ** 9)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, 2 ** 63, -2 ** 63, 2 ** 31 * 2 ** 31 == 2 ** 62)
print((10 ** 30) // 3, (10 ** 30) % 3, -(10 ** 30) // 3, (10 ** 30) / 4, (10 ** 30 + 1) / 10 ** 30)
print(max(2 ** 70, 2 ** 70 + 1), min(-2 ** 70, 5), sorted([2 ** 65, -2 ** 65, 0, 2 ** 64]))
print(int("9" * 50) + 1, int("-" + "1" * 30) * -1)
x = 7 ** 77
print(x // 7 ** 76, x % 7 ** 76, x.bit_count(), (x * x) // x == x)
