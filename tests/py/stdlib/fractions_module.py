"""fractions: construction (ints, floats, strings), normalization, arithmetic, comparisons, rounding, hashing."""
from fractions import Fraction as F
import math
import random


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: F(1, 0)); t(lambda: F('1/0')); t(lambda: F('abc')); t(lambda: F([1])); t(lambda: F(1.5, 2))
t(lambda: F(0) ** -1); t(lambda: F(1) / 0); t(lambda: F(1) // 0); t(lambda: F(1) % 0)
for s in [' -3/4 ', '1.25e-2', '1_000/3_0', '.5', '5.', '+7', '1e3', '3/-4', '1 /2', '1.5/2', '1_/2', 'inf', '-0', '0007', '\t2/4\n', '1e-3_0', '1.2_3', '__1']:
    t(lambda: F(s))
t(lambda: F(float('nan'))); t(lambda: F(float('inf'))); t(lambda: F.from_float(1)); t(lambda: F.from_float('1'))
t(lambda: F(0.1)); t(lambda: F(F(1, 3), F(2, 5))); t(lambda: F(1, 3).limit_denominator(0))
t(lambda: F(math.pi).limit_denominator(100)); t(lambda: F(3.14159).limit_denominator(1000)); t(lambda: format(F(1, 3), '.2f'))
print(f"{F(1, 3)}", str(F(3, 1)), str(F(-6, 4)), F(6, -4), F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(2.5).denominator)
print(F(1, 2) + 1, F(1, 2) + 0.5, F(1, 2) + 1j, 1 + F(1, 2), 0.5 + F(1, 2), F(1, 2) - F(1, 3), F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 3 / F(2))
print(F(1, 2) ** 2, F(1, 2) ** -2, F(-1, 2) ** -3, F(4) ** F(1, 2), 2 ** F(1, 2), 2 ** F(2), F(2) ** 0.5, F(-8) ** F(1, 3) if False else '')
print(divmod(F(7, 2), 2), F(7, 2) // F(1, 3), F(7, 2) % F(1, 3), F(-7, 2) % 2, divmod(-7, F(2, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1), round(F(1, 3), 3))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), bool(F(0)), -F(1, 3), abs(F(-1, 3)), +F(2, 4))
print(F(1, 3) < 0.5, F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 3) == F(2, 6), F(1, 3) != 1, F(1, 3) > F(1, 4), F(1, 3) <= 1, F(1, 2) < float('inf'), F(1, 2) == float('nan'))
print(sorted([F(1, 2), 0.3, 1, F(1, 5)]), max(F(1, 3), F(2, 7)), sum([F(1, 3)] * 3), F(5) == 5, hash(F(5)) == hash(5), hash(F(1, 2)) == hash(0.5))
print(hash(F(1, 3)), hash(F(-1)), hash(F(2 ** 61 - 1, 3)), hash(F(1, 2 ** 61 - 1)))
r = random.Random(5)
total = F(0)
for _ in range(200):
    a = F(r.randint(-1000, 1000), r.randint(1, 1000))
    b = F(r.randint(-1000, 1000), r.randint(1, 1000)) or F(1)
    total += a * b - a / b + (a // b) + (a % b)
print(total, float(total))
