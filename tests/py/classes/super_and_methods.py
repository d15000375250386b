# Bound methods, super() in its forms, builtin method/descriptor introspection (__qualname__,
# __objclass__, __self__), method equality and types.MethodType.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__ + ":", e)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def g(self): return (super().s(), super().p, super(B, self).f())
    def h(self):
        def inner(): return super().f()
        return inner
t(lambda: B().f())
t(lambda: B.c())
t(lambda: B().g())
t(lambda: super(B, B()).__self_class__)
t(lambda: super(B, B).c())
t(lambda: super(B, B).f.__qualname__)
t(lambda: super(B, B()).nonexistent)
t(lambda: B().h()())
t(lambda: repr(super(A, A()).__init__).startswith("<method-wrapper '__init__' of A object at 0x"))
t(lambda: super(B).__get__(B()).f())
sp = super(B, B())
t(lambda: (sp.__thisclass__, sp.__self__.__class__))
class C(B):
    def f(self): return "C>" + super().f()
t(lambda: C().f())
m1 = A().f
t(lambda: (m1.__func__ is A.f, m1.__self__.__class__, m1 == m1, A().f == A().f, m1.__name__, m1.__qualname__))
a = A()
t(lambda: (a.f == a.f, hash(a.f) == hash(a.f), a.f is a.f))
import types
t(lambda: types.MethodType(lambda self, x: (self, x), 5)(6))
t(lambda: types.MethodType(1, 2))
t(lambda: types.MethodType(len, None))
t(lambda: type(a.f).__name__)
t(lambda: a.f.__doc__)
def fn(): "fdoc"
a.fn = types.MethodType(fn, a)
t(lambda: (a.fn.__doc__, a.fn.__module__))
t(lambda: len.__name__)
t(lambda: (len.__qualname__, [].append.__qualname__, int.__add__.__qualname__, str.join.__qualname__, dict.fromkeys.__qualname__))
t(lambda: (int.__add__.__objclass__, str.join.__objclass__, (1).__add__.__self__, (1).__add__.__objclass__))
t(lambda: len == len, )
t(lambda: [].append == [].append)
x = []
t(lambda: (x.append == x.append, x.append.__self__ is x))
t(lambda: int.__dict__['real'])
t(lambda: int.__dict__['bit_length'])
t(lambda: (int.real.__name__, int.real.__objclass__))
