# Type creation and slot edge cases: MRO/layout/__slots__ errors, __set_name__ failures,
# __class__ assignment, result checks of __bool__/__len__/__hash__/__repr__/__index__/
# __float__/__int__, super() in classmethods, __hash__ = None inheritance, module __getattr__.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e, repr(e.__cause__) if e.__cause__ else "")
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
t(lambda: int.__new__(MyInt, 5))
t(lambda: MyInt(7) + 1)
class BadInit:
    def __init__(self): return 1
t(lambda: BadInit())
class A: pass
class B(A): pass
t(lambda: type('X', (A, B), {}))
t(lambda: type('X', (A, A), {}))
t(lambda: type('X', (int, str), {}))
t(lambda: type('X', (bool,), {}))
t(lambda: type('X', (), {'__slots__': (1,)}))
t(lambda: type('X', (), {'__slots__': ('1a',)}))
t(lambda: type('X', (), {'__slots__': ('a',), 'a': 1}))
t(lambda: type('X', (), {'__slots__': ('__dict__','__dict__')}))
t(lambda: type('X', (A,), {'__slots__': ('__dict__',)}))
t(lambda: type('X', (int,), {'__slots__': ('a',)}))
t(lambda: type('X', (A,), {}, foo=1))
t(lambda: type('X', (A,), {'__qualname__': 1}))
class S:
    def __set_name__(self, o, n): raise ValueError("boom")
t(lambda: type('X', (), {'s': S()}))
class P: __slots__ = ('a',)
class Q: pass
class R: pass
def ca(o, c): o.__class__ = c
t(lambda: ca(Q(), R))
t(lambda: ca(Q(), P))
t(lambda: ca(1, bool))
class E:
    def __bool__(self): return 1
t(lambda: bool(E()))
class L:
    def __len__(self): return -1
t(lambda: bool(L()))
class L2:
    def __len__(self): return "a"
t(lambda: len(L2()))
class L3:
    def __len__(self): return 2**70
t(lambda: len(L3()))
class H:
    def __hash__(self): return "a"
t(lambda: hash(H()))
class H2:
    def __hash__(self): return 2**70
t(lambda: hash(H2()) == hash(2**70))
class R1:
    def __repr__(self): return 1
t(lambda: repr(R1()))
t(lambda: str(R1()))
class I:
    def __index__(self): return "a"
t(lambda: [][I()])
class I2:
    def __index__(self): return 2
t(lambda: [1,2,3][I2()])
t(lambda: list(range(I2())))
class It:
    def __iter__(self): return 1
t(lambda: iter(It()))
class F:
    def __float__(self): return 1
t(lambda: float(F()))
class F2:
    def __float__(self): return 1.5
t(lambda: float(F2()))
class In:
    def __int__(self): return "x"
t(lambda: int(In()))
class In2:
    def __int__(self): return 4
t(lambda: int(In2()))
class Ix:
    def __index__(self): return 9
t(lambda: int(Ix()))
class Base:
    @classmethod
    def make(cls): return ("Base.make", cls.__name__)
class Der(Base):
    @classmethod
    def make(cls): return ("Der", super().make())
t(lambda: Der.make())
class Eq:
    def __eq__(self, o): return True
class EqSub(Eq): pass
t(lambda: (Eq.__hash__, EqSub.__hash__))
t(lambda: hash(EqSub()))
class Hashy(Eq):
    __hash__ = object.__hash__
t(lambda: hash(Hashy()) != 0)
import types
m = types.ModuleType("mm")
m.__getattr__ = lambda name: "lazy " + name
t(lambda: m.anything)
m2 = types.ModuleType("m2")
t(lambda: m2.nothing)
t(lambda: repr(m2))
class Pr:
    @property
    def p(self):
        "doc of p"
        return 1
t(lambda: Pr.p.__doc__)
t(lambda: Pr.p.fget.__name__)
t(lambda: Pr().p)
class Pr2(Pr):
    @Pr.p.setter
    def p(self, v): self._p = v
t(lambda: Pr2.p.__doc__)
x = Pr2(); x.p = 4
t(lambda: (x._p, x.p))
class Desc:
    def __get__(self, o, t): return ("get", o is None, t.__name__)
class UsesDesc:
    d = Desc()
t(lambda: UsesDesc.d)
t(lambda: UsesDesc().d)
class Mt(type):
    def __getattr__(cls, n): return "meta:" + n
class WithMt(metaclass=Mt): pass
t(lambda: WithMt.foo)
t(lambda: type(WithMt).__name__)
class Cnt:
    def __contains__(self, x): return x == 3
t(lambda: (3 in Cnt(), 4 in Cnt(), 4 not in Cnt()))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
t(lambda: (-Neg(), +Neg(), ~Neg(), abs(Neg())))
class Pw:
    def __pow__(self, o, m=None): return ("pow", o, m)
    def __rpow__(self, o): return ("rpow", o)
t(lambda: (Pw() ** 2, pow(Pw(), 2, 3), 2 ** Pw()))
class IAdd:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
ia = IAdd(); ia += 1; ia += 2
t(lambda: ia.v)
class OnlyAdd:
    def __add__(self, o): return "added"
oa = OnlyAdd(); oa += 1
t(lambda: oa)
class GI:
    def __getitem__(self, k): return k
t(lambda: GI()[1:2:3])
t(lambda: GI()[1, 2])
class SI:
    def __setitem__(self, k, v): print("set", k, v)
s = SI(); s[1] = 2
def delsi(): del s[1]
t(delsi)
class CallMe:
    def __call__(self, a, *, b=2): return (a, b)
t(lambda: CallMe()(1, b=3))
class Fmt:
    def __format__(self, spec): return "fmt:" + spec
t(lambda: (format(Fmt(), "x>5"), f"{Fmt():abc}"))
t(lambda: object.__format__(Fmt(), "").startswith("<__main__.Fmt object at 0x"))
t(lambda: [].__class__.__name__)
t(lambda: super(B, B()).__class__)
t(lambda: type.__subclasses__(A))
t(lambda: A.__subclasses__())
t(lambda: B.__base__)
t(lambda: (int.__base__, object.__base__))
t(lambda: type(A.__dict__))
t(lambda: type.mro(B))
class OverMro(type):
    def mro(cls): return [cls, object]
class UsesOverMro(A, metaclass=OverMro): pass
t(lambda: UsesOverMro.__mro__)
