# User classes driving the type slots: operators with reflection, comparisons, len/getitem
# iteration, __slots__, properties, metaclass keywords, __init_subclass__, __set_name__,
# __getattr__/__getattribute__, __call__, iterators, context managers, late dunder assignment.
class A:
    x = 1
    def f(self): return "A.f"
    def __repr__(self): return "A()"
class B(A):
    def f(self): return "B.f+" + super().f()
print(A(), B().f(), B.x, A.f.__qualname__, B().f)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.v)
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
    def __len__(self): return self.v
    def __getitem__(self, i):
        if i >= self.v: raise IndexError
        return i * 10
    def __hash__(self): return hash(self.v)
print(V(1) + V(2), V(1) + 5, 5 + V(1), V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(1))
print(len(V(3)), list(V(3)), 20 in V(3), bool(V(0)), hash(V(4)) == hash(4), sorted([V(3), V(1)]))
try: V(1) - V(2)
except TypeError as e: print(e)
try: V(1) <= V(2)
except TypeError as e: print(e)
class S(int):
    def __add__(self, o): return "S.add"
    def __radd__(self, o): return "S.radd"
print(1 + S(2), S(2) + 1, S(5) * 2, type(S(5) * 2), S(7), repr(S(7)), int(S(8)))
class MyList(list):
    pass
m = MyList([1, 2])
m.append(3); m.attr = 5
print(m, len(m), m.attr, type(m + [4]), m.__dict__, isinstance(m, list))
class Slots:
    __slots__ = ('a', 'b')
s = Slots(); s.a = 1
print(s.a, hasattr(s, 'b'))
try: s.c = 3
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
print(Slots.a, Slots.__slots__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): "the x"; return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @staticmethod
    def sm(a): return a + 1
    @classmethod
    def cm(cls, a): return (cls.__name__, a)
p = P(); p.x = 5
print(p.x, P.x.__doc__, P.sm(1), p.sm(2), P.cm(3), p.cm(4))
try: del p.x
except AttributeError as e: print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('flag', 0)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        return ("called", cls.__name__, a)
class WithMeta(metaclass=Meta, flag=7):
    pass
print(WithMeta.added, WithMeta(1, 2), type(WithMeta))
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class K1(Base, tag="k1"): pass
class K2(Base): pass
print(Base.subs)
class D:
    def __set_name__(self, owner, name): self.name = (owner.__name__, name)
    def __get__(self, obj, typ=None): return ("get", self.name, obj is None)
class HasD:
    d = D()
print(HasD.d, HasD().d)
class GA:
    def __getattr__(self, n): return "ga:" + n
    y = 2
g = GA(); g.z = 3
print(g.x, g.y, g.z)
class GAT:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
print(GAT().magic)
try: GAT().nope
except AttributeError as e: print(e)
class Cl:
    def __call__(self, *a, **k): return (a, k)
print(Cl()(1, b=2), callable(Cl()))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x for x in It()])
class Ctx:
    def __enter__(self): return "in"
    def __exit__(self, *a): print("exit", a[0]); return True
with Ctx() as c:
    print(c)
    raise ValueError
print(C := 1)
class Dyn: pass
Dyn.__add__ = lambda self, o: "dyn add"
print(Dyn() + 1)
Dyn.__len__ = lambda self: 7
print(len(Dyn()))
del Dyn.__add__
try: Dyn() + 1
except TypeError as e: print(e)
class Abstract:
    def __init__(self, a): self.a = a
try: Abstract()
except TypeError as e: print(e)
print(Abstract.__mro__, Abstract.__qualname__, Abstract.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner().m).startswith("<bound method Outer.Inner.m of <__main__.Outer.Inner object at 0x"))
