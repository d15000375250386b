# Arithmetic dunders: forward, reflected, in-place, NotImplemented, subclass priority.
class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o):
        if isinstance(o, V):
            return V(*(a + b for a, b in zip(self.c, o.c)))
        if isinstance(o, (int, float)):
            return V(*(a + o for a in self.c))
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c)) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, mod=None): return V(*(pow(a, k, mod) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c) ** 0.5
    def __invert__(self): return V(*reversed(self.c))
    def __lshift__(self, n): return V(*(self.c[n:] + self.c[:n]))
    def __and__(self, o): return "and"
    def __rand__(self, o): return "rand"
v, w = V(1, 2), V(3, 4)
print(v + w, v + 1, 1 + v, v - w, v * 3, 3 * v, v @ w, w / 2, w // 3, w % 3, v ** 2, pow(w, 2, 5))
print(-v, +v, abs(w), ~v, V(1, 2, 3) << 1, v & 1, 1 & v)
print(sum([v, w], V(0, 0)))
for expr in ["v + 'x'", "'x' + v", "v * v", "v / 'a'", "v < w", "v - 1"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
class Base:
    def __add__(self, o): return "Base.__add__"
    def __radd__(self, o): return "Base.__radd__"
class Derived(Base):
    def __add__(self, o): return "Derived.__add__"
    def __radd__(self, o): return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Num:
    def __init__(self, n): self.n = n
    def __iadd__(self, o):
        self.n += o
        return self
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Num(self.n * o)
a = Num(2)
b = a
a += 3
print(a.n, a is b)
a *= 10
print(a.n, b.n, a is b)
class Div:
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
    def __rpow__(self, o): return ("rpow", o)
print(divmod(Div(), 3), divmod(3, Div()), 2 ** Div())
