# Decorators: plain, parameterized, stacked order, functools.wraps, class-based.
import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print(f"-> {fn.__name__}{a}")
        r = fn(*a, **k)
        print(f"<- {fn.__name__} = {r!r}")
        return r
    return wrapper
@trace
def add(a, b):
    """Adds."""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__(1, 1))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return f"hi {name}"
print(hello("bob"), hello.__name__)
def mark(label):
    def deco(fn):
        print(f"applying {label}")
        def wrapper():
            return f"{label}({fn()})"
        return wrapper
    return deco
@mark("outer")
@mark("inner")
def base():
    return "base"
print(base())
class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn, self.calls = fn, 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)
def deco_with_optional_args(fn=None, *, prefix=">"):
    if fn is None:
        return lambda f: deco_with_optional_args(f, prefix=prefix)
    return lambda *a: prefix + str(fn(*a))
@deco_with_optional_args
def one():
    return 1
@deco_with_optional_args(prefix="#")
def two():
    return 2
print(one(), two())
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def a(): pass
@register
def b(): pass
print(registry, a.__name__)
print(functools.wraps(len)(lambda x: 0).__name__)
@lambda f: f()
def immediately():
    return "called at decoration time"
print(immediately)
