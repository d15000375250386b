# round(): banker's rounding, ndigits, negative ndigits, int and float return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 12.345, 1e16 + 1.5]:
    print(repr(v), round(v), round(v, 0), round(v, 1), round(v, 2), type(round(v)).__name__, type(round(v, 0)).__name__)
for n in [5, 15, 25, 35, 45, -25, 1234567, 2 ** 70]:
    print(n, round(n), round(n, 1), round(n, -1), round(n, -2), round(n, -10), type(round(n, -1)).__name__)
print(round(123.456, -1), round(123.456, -2), round(155.0, -1), round(165.0, -1), round(-155.0, -1), round(1e300, -299))
print(round(1.23456789e-5, 7), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(2 ** 0.5, 20))
print(round(True), round(False, 2), type(round(True)).__name__)
from fractions import Fraction
from decimal import Decimal
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 3), round(Decimal("2.5")), round(Decimal("2.675"), 2))
print(round(float("inf"), 2), round(float("nan"), 2), round(-0.0, 2), round(1e-400, 1))
for bad in [lambda: round("1"), lambda: round(1.5, 1.5), lambda: round(float("inf")), lambda: round(float("nan"))]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return f"R.__round__({n})"
print(round(R()), round(R(), 3))
