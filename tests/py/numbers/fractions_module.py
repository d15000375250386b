# fractions.Fraction: normalization, arithmetic, parsing, limit_denominator.
from fractions import Fraction as F
print(F(6, 4), F(-6, 4), F(6, -4), F(0, 5), F(5), F("3/7"), F(" -1/3 "), F("1.25"), F("1e-2"), F(0.1), F(2.5))
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(-a), a ** 2, a ** -1, divmod(F(7, 3), F(1, 2)))
print(a.numerator, a.denominator, F(0.75).as_integer_ratio(), F(3, 4).limit_denominator(2), F(3.141592653589793).limit_denominator(100))
print(F(1, 3) == F(2, 6), F(1, 3) < F(1, 2), sorted([F(1, 2), F(1, 3), F(2, 3)]), str(F(4, 2)), repr(F(4, 2)))
print(sum(F(1, n) for n in range(1, 11)), F(1, 7) * 7 == 1, float(F(22, 7)), int(F(22, 7)))
for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F(1.5, 2), lambda: F(float("inf")), lambda: F(float("nan"))]:
    try:
        bad()
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(F(10 ** 20, 3 * 10 ** 19), F(2 ** 70, 2 ** 68), F(1, 3).is_integer() if hasattr(F, "is_integer") else False)
print(round(F(5, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(123, 1), -1), F(7, 2).__ceil__(), F(-7, 2).__trunc__())
print(F(1, 2) + True, 1 - F(1, 4), 2 * F(1, 3), F(1, 2) == 0.5 == True / 2)
