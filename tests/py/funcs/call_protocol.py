# Call protocol details: __call__, bound/unbound methods, staticmethod objects, partial on methods.
import functools
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
    def method(self, x): return x * self.n
    @staticmethod
    def sm(x): return f"static {x}"
    @classmethod
    def cm(cls, x): return f"{cls.__name__} {x}"
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), Adder.method(add5, 3), add5.method(3))
print(Adder.sm(1), add5.sm(2), Adder.__dict__["sm"](3), Adder.cm(4), add5.cm(5))
m = add5.method
print(m(10), m.__self__.n, m.__func__.__name__, functools.partial(Adder.method, add5)(7))
unbound = Adder.method
print(unbound(Adder(2), 21), type(unbound).__name__)
class WithCallAttr:
    pass
w = WithCallAttr()
w.__call__ = lambda: "instance attr"
try:
    w()
except TypeError as e:
    print("TypeError", e)
WithCallAttr.__call__ = lambda self: "class attr"
print(w())
print(str.upper("abc"), "abc".upper(), list.append.__name__, dict.get({"k": 1}, "k"))
append = [].append
append(1)
print(append.__self__, append.__name__)
class Meta(type):
    def __call__(cls, *a):
        return f"Meta intercepted {cls.__name__}{a}"
class Built(metaclass=Meta):
    pass
print(Built(1, 2))
def outer():
    def inner(*a, **k):
        return a, k
    return inner
print(outer()(1, x=2))
print((lambda *a: a)(*range(3)), (lambda **k: k)(**{"a": 1}))
print(callable(Adder.sm), callable(staticmethod(len)), staticmethod(len)([1, 2]))
