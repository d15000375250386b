# format() of bool, complex, Decimal, Fraction; __format__ fallbacks.
from decimal import Decimal
from fractions import Fraction
print(format(True), format(True, ">6"), format(False, "d"), format(True, ".2f"), f"{True:x}")
c = complex(1.5, -2.25)
for spec in ["", ".2f", "10.1f", "e", "g", "+.1f", "^20"]:
    print(repr(spec), format(c, spec))
print(format(1j, ""), format(-0j, ""), format(complex(0, 0), ".1f"), str(complex(1, 0)), repr(complex(-0.0, -1)))
try:
    format(c, "=10")
except ValueError as e:
    print("ValueError", e)
try:
    format(c, "010")
except ValueError as e:
    print("ValueError", e)
d = Decimal("1234.5678")
for spec in ["", ".2f", ",.1f", "e", ".3e", "%", ">12.1f", "g", "+015.3f"]:
    print(repr(spec), format(d, spec))
print(format(Decimal("0.1") + Decimal("0.2"), ""), str(Decimal("1.10")), repr(Decimal("-0")), Decimal(0.1) == Decimal("0.1"))
print(format(Decimal("NaN"), ".2f"), format(Decimal("-Infinity"), ""))
fr = Fraction(22, 7)
print(str(fr), repr(fr), format(float(fr), ".4f"), f"{fr!s:>8}", Fraction("0.75"), Fraction(1.5))
try:
    print(format(fr, ".3f"))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print("{:.2f} {:.0f} {:,}".format(Decimal("2.675"), Decimal("2.5"), Decimal("1234567.5")))
