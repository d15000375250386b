# numbers ABCs and mixed-type arithmetic between int, float, complex, Fraction, Decimal.
import numbers
from fractions import Fraction
from decimal import Decimal
for v in [1, True, 1.5, 2j, Fraction(1, 3), Decimal("1.1")]:
    print(type(v).__name__, [isinstance(v, t) for t in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(Fraction(1, 3) + 1, Fraction(1, 3) + 0.5, Fraction(1, 2) * 2, type(Fraction(1, 2) * 2).__name__, Fraction(1, 3) + 1j)
print(Decimal("1.1") + 1, Decimal("1.1") * 2)
try:
    Decimal("1.1") + 1.0
except TypeError as e:
    print("TypeError", e)
try:
    Decimal("1") + Fraction(1, 2)
except TypeError as e:
    print("TypeError", e)
print(Fraction(1, 2) == 0.5, Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Fraction(1, 10) == 0.1, Decimal(1) == Fraction(1))
print(Fraction(1, 2) < 0.6, Decimal("0.5") < Fraction(2, 3), 1 < Fraction(3, 2) < 2.0)
print(sorted([Fraction(1, 3), 0.3, Decimal("0.31"), 1]), max(Fraction(7, 2), 3))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Decimal("0.5")) == hash(0.5), hash(Fraction(4, 2)) == hash(2))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(7, 2)), Fraction(7, 2).__floor__(), Fraction(-7, 2) // 1)
print(complex(Fraction(1, 2)), float(Decimal("1e-3")), int(Decimal("-3.9")))
print(True + Fraction(1, 2), 3 // Fraction(2, 3), 3 % Fraction(2, 3), divmod(Fraction(7, 2), 1))
print(2 ** Fraction(1, 2), Fraction(4) ** Fraction(1, 2), Fraction(2, 3) ** 2, Fraction(2, 3) ** -2)
