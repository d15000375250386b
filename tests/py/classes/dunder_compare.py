# Rich comparison dunders, reflection, NotImplemented, total_ordering, __hash__ interplay.
import functools
class Ver:
    def __init__(self, *p): self.p = p
    def __eq__(self, o):
        print(f"  eq{self.p} vs {getattr(o, 'p', o)}")
        return isinstance(o, Ver) and self.p == o.p if isinstance(o, Ver) else NotImplemented
    def __lt__(self, o):
        print(f"  lt{self.p}")
        return self.p < o.p if isinstance(o, Ver) else NotImplemented
    def __hash__(self): return hash(self.p)
a, b = Ver(1, 0), Ver(1, 2)
print(a < b)
print(b > a)
print(a == Ver(1, 0))
print(a == 5)
print(a != b)
try:
    a <= b
except TypeError as e:
    print("TypeError", e)
print(sorted([Ver(3), Ver(1), Ver(2)], key=lambda v: v.p)[0].p)
@functools.total_ordering
class Card:
    order = "23456789TJQKA"
    def __init__(self, r): self.r = r
    def __eq__(self, o): return self.r == o.r
    def __lt__(self, o): return self.order.index(self.r) < self.order.index(o.r)
    def __repr__(self): return self.r
cards = [Card(c) for c in "KA2T5"]
print(sorted(cards), max(cards), Card("A") >= Card("K"), Card("2") <= Card("2"), Card("3") > Card("4"))
class Always:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
x = Always()
print(x == 1, x != 1, 1 == x, [1, 2].count(x), x in [5], [1].index(x))
class NoEq:
    pass
n1 = NoEq()
print(n1 == n1, n1 == NoEq(), n1 != NoEq())
class OnlyEq:
    def __eq__(self, o): return "truthy-string"
print(OnlyEq() == 1, OnlyEq() != 1, OnlyEq.__hash__)
class Gt:
    def __gt__(self, o):
        return "Gt.__gt__ reflected"
print(1 < Gt(), Gt() > 1)
