# copy/deepcopy through object.__reduce_ex__: __slots__ state, self references, custom
# __reduce__, __getnewargs__, list/dict subclasses with attributes, __getstate__/__setstate__.
import copy
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s2 = copy.copy(S())
print(s2.a, hasattr(s2, "b"))
class Node:
    def __init__(self): self.me = self; self.items = [1, 2]
n = copy.deepcopy(Node())
print(n.me is n, n.items)
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x * 2,))
print(copy.copy(R(2)).x)
class GNA(int):
    def __new__(cls, v, extra): o = super().__new__(cls, v); o.extra = extra; return o
    def __getnewargs__(self): return (int(self), self.extra)
g = copy.copy(GNA(5, "e")); print(g, g.extra, type(g).__name__)
class LS(list): pass
l = LS([1, 2]); l.tag = 3
l2 = copy.copy(l); print(l2, l2.tag, type(l2).__name__)
class DS(dict): pass
d = DS(a=1); d.tag = 4
d2 = copy.deepcopy(d); print(d2, d2.tag, type(d2).__name__)
print(object().__reduce_ex__(2)[1], S().__getstate__())
class GS:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": 99}
print(copy.copy(GS()).v)
class SS:
    def __init__(self): self.v = 1
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(SS()).v)
