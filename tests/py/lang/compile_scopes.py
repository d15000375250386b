# Compiler: scopes, closures, nonlocal/global, class cells, comprehensions, walrus.
x = "global"
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
        return x
    inner()
    return x
print(outer())

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))

def setg():
    global y
    y = 42
setg()
print(y)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B+" + super().who()
    def cls(self):
        return __class__.__name__
print(B().who(), B().cls())

class K:
    v = 10
    items = [v for _ in range(1)] if False else None
    def m(self):
        return v if False else K.v
print(K().m(), K.items)

def walrus(xs):
    if any((hit := v) > 2 for v in xs):
        return hit
    return None
print(walrus([1, 2, 3, 4]), walrus([0]))
print([y := n * 2 for n in range(3)], y)

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())

class Private:
    __secret = 1
    def get(self):
        return self.__secret
print(Private().get(), hasattr(Private, "_Private__secret"))

def kw(a, /, b, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(kw(1, 2, 3, c=5, e=6))
print(kw(1, b=2, c=3))
try:
    kw(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError", e)

def deco(tag):
    print("deco evaluated", tag)
    def wrap(fn):
        print("applying", tag)
        return lambda *a: (tag, fn(*a))
    return wrap
@deco("outer")
@deco("inner")
def decorated(v):
    return v
print(decorated(7))

def annotated(a: int, b: "str" = "x", *c: float, d: list = None, **e: dict) -> bool:
    pass
print(annotated.__annotations__)
print(annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__qualname__, outer.__code__.co_cellvars, counter.__code__.co_cellvars)

def gen_scope():
    return (v * 2 for v in range(3))
print(list(gen_scope()), gen_scope().__qualname__ if hasattr(gen_scope(), "__qualname__") else "")

def doc():
    "the docstring"
print(doc.__doc__, (lambda: "x").__doc__)
class D:
    "class doc"
print(D.__doc__, D.__module__, D.__qualname__)
def nested():
    class Inner:
        def m(self): pass
    return Inner.m.__qualname__
print(nested())
