# __call__, __repr__/__str__/__format__, __bool__, __hash__, numeric conversions, __index__.
class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __str__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        if spec == "c":
            return f"{self.cents}c"
        return format(str(self), spec)
    def __bool__(self): return self.cents != 0
    def __hash__(self): return hash(self.cents)
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    def __int__(self): return self.cents // 100
    def __float__(self): return self.cents / 100
    def __complex__(self): return complex(self.cents, 0)
    def __round__(self, n=None): return Money(round(self.cents, -2))
    def __call__(self, factor=1): return Money(self.cents * factor)
m = Money(1234)
print(m, repr(m), [m], f"{m}", f"{m:c}", f"{m:>10}|", f"{m!r}", "%s %r" % (m, m), str(m))
print(bool(m), bool(Money(0)), int(m), float(m), complex(m), round(m), m(2))
print(len({m, Money(1234), Money(1)}), m in {Money(1234): 1})
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
i = Idx(3)
print([0, 1, 2, 3, 4][i], bin(i), hex(i), oct(i), "abcdef"[Idx(1):Idx(4)], range(10)[i], int(i) if hasattr(int, "__index__") else 0)
print(operator_index := __import__("operator").index(i), [1] * Idx(2), (5).__lshift__(Idx(1)))
try:
    [1][Idx(5)]
except IndexError as e:
    print("IndexError", e)
class NoIndex:
    pass
for bad in [lambda: [1][NoIndex()], lambda: bin(NoIndex()), lambda: int(NoIndex()), lambda: float(NoIndex())]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class Callable:
    def __call__(self, *a, **k):
        return a, sorted(k)
print(Callable()(1, 2, z=3), callable(Callable()), callable(Callable))
class BadStr:
    def __str__(self): return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
class BadBool:
    def __bool__(self): return "yes"
try:
    not BadBool()
except TypeError as e:
    print("TypeError", e)
class IntLike:
    def __int__(self): return 7
print(int(IntLike()))
try:
    [0][IntLike()]
except TypeError as e:
    print("TypeError", e)
