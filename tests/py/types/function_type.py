# Function object attributes: defaults, kwdefaults, code, closure, dict.
def f(a, b=2, *args, c, d=4, **kw):
    x = a + b
    return x
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name, f.__code__.co_posonlyargcount)
print(f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)
def g():
    pass
print(g.__defaults__, g.__kwdefaults__, g.__closure__, g(), g.__dict__)
g.custom = "attr"
print(g.custom, g.__dict__)
def outer():
    v = 10
    def inner():
        return v
    return inner
i = outer()
print(len(i.__closure__), i.__closure__[0].cell_contents, i.__code__.co_freevars, outer.__code__.co_cellvars)
f.__defaults__ = (100,)
print(f(1, c=0))
def h(x=[]):
    x.append(1)
    return x
h(); h()
print(h.__defaults__)
print(type(f).__name__, type(len).__name__, type([].append).__name__, type(str.upper).__name__)
print(type(object.__init__).__name__, type(dict.fromkeys).__name__, type(int.__add__).__name__)
class K:
    def m(self): return "m"
k = K()
bm = k.m
print(type(bm).__name__, bm.__self__ is k, bm.__func__ is K.m, bm(), K.m(k))
print(k.m == k.m, k.m is k.m)
print(callable(f), f.__globals__ is globals(), f.__module__)
try:
    f()
except TypeError as e:
    print("TypeError", e)
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError", e)
import functools
p = functools.partial(f, 1, c=3)
print(p(), p.args, p.keywords, p.func is f)
