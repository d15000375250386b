# Metaclasses: __prepare__/__new__/__init__ with class keywords, __instancecheck__ and
# __subclasscheck__, setattr hack checks, __getattribute__/__getattr__ interplay,
# NotImplemented from __eq__, __init_subclass__ and __class_getitem__, __new__ variants.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
class X(metaclass=OrderedMeta, k=1):
    a = 1
    def f(self): pass
t(lambda: X.injected)
class Check(type):
    def __instancecheck__(cls, inst): return inst == 42
    def __subclasscheck__(cls, sub): return sub is int
class Any_(metaclass=Check): pass
t(lambda: (isinstance(42, Any_), isinstance(1, Any_), issubclass(int, Any_), issubclass(str, Any_)))
t(lambda: isinstance(1, (str, Any_)))
t(lambda: type.__dict__['__name__'].__get__(int))
t(lambda: object.__setattr__(int, 'x', 1))
class Plain: pass
t(lambda: object.__setattr__(Plain, 'x', 1))
t(lambda: int.__add__(1, 2, x=3))
class Boom:
    def __getattribute__(self, n): raise KeyError(n)
    def __getattr__(self, n): return "fallback"
t(lambda: Boom().x)
class Boom2:
    def __getattribute__(self, n): raise AttributeError(n)
    def __getattr__(self, n): return "fallback " + n
t(lambda: Boom2().x)
class NE:
    def __eq__(self, o): return NotImplemented
t(lambda: (NE() == NE(), NE() != NE(), NE() == 1))
a = NE()
t(lambda: (a == a, a != a, [a] == [a], a in [a]))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
class CmpSub(Cmp):
    def __gt__(self, o): return "sub gt"
t(lambda: Cmp(1) < CmpSub(2))
t(lambda: sorted([Cmp(3), Cmp(1)], key=lambda c: c.v)[0].v)
class W:
    x = 1
t(lambda: vars(W)['x'])
t(lambda: sorted(vars(W)))
t(lambda: W.__dict__['x'])
def wd(): W.__dict__['y'] = 2
t(wd)
t(lambda: dir(W)[-3:])
t(lambda: [k for k in dir(type) if not k.startswith('__')])
class Dflt:
    def __init_subclass__(cls, /, name="d", **kw):
        cls.nm = name
        super().__init_subclass__(**kw)
class D1(Dflt, name="one"): pass
t(lambda: D1.nm)
def bad(): 
    class D2(Dflt, other=1): pass
t(bad)
class CG:
    def __class_getitem__(cls, item): return (cls.__name__, item)
t(lambda: CG[int])
t(lambda: type(CG.__dict__['__class_getitem__']).__name__)
class NewOnly:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
t(lambda: NewOnly(1, 2).args)
t(lambda: type(NewOnly.__dict__['__new__']).__name__)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
t(lambda: NewOther())
class Sing:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
t(lambda: Sing() is Sing())
t(lambda: object.__new__(Plain, 1))
class WithInit:
    def __init__(self, a): pass
t(lambda: object.__new__(WithInit, 1).__class__.__name__)
t(lambda: object.__init__(WithInit(1), 1))
t(lambda: Plain.__init__(Plain(), 1))
t(lambda: Plain(1))
