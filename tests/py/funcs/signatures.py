# inspect.signature string forms and parameter kinds.
import inspect
def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> bool:
    pass
sig = inspect.signature(f)
print(sig)
for name, p in sig.parameters.items():
    print(name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
print(sig.return_annotation)
print(inspect.signature(lambda x, *, y=1: 0))
print(inspect.signature(lambda: 0))
class C:
    def m(self, x, y=None): pass
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(w=0): pass
    def __init__(self, a, b=1): pass
print(inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.cm), inspect.signature(C.sm), inspect.signature(C))
b = sig.bind(1, d=4)
print(b.arguments)
b.apply_defaults()
print(b.arguments)
try:
    sig.bind()
except TypeError as e:
    print("TypeError", e)
print(inspect.signature(len), inspect.signature(divmod))
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isbuiltin(len), inspect.ismethod(C(1).m), inspect.isclass(C))
print(inspect.getfullargspec(f).args, inspect.getfullargspec(f).kwonlyargs)
def deco(fn):
    import functools
    @functools.wraps(fn)
    def w(*a, **k):
        return fn(*a, **k)
    return w
@deco
def wrapped(p, q=1):
    pass
print(inspect.signature(wrapped))
