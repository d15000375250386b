"""numbers: the numeric tower ABCs and registrations."""
import numbers
from fractions import Fraction

for value in (1, True, 1.5, 2j, Fraction(1, 3)):
    print(type(value).__name__, [isinstance(value, cls) for cls in
                                 (numbers.Number, numbers.Complex, numbers.Real,
                                  numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), numbers.Number.__hash__)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))


class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __index__(self): return self.v
    __pow__ = __rpow__ = __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = None
    __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = __invert__ = None
    __add__ = __radd__ = __neg__ = __pos__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = None
    __abs__ = __eq__ = __trunc__ = __floor__ = __ceil__ = __round__ = None
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __lt__ = __le__ = None


m = MyInt(7)
print(float(m), m.denominator, complex(m), m.imag, list(range(10))[m])
try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__)
