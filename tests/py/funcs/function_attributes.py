# Functions are objects: attributes, dicts of functions, callables in containers, equality.
def f():
    return "f"
f.counter = 0
f.counter += 1
print(f.counter, f.__dict__, hasattr(f, "missing"))
dispatch = {"a": f, "b": lambda: "lambda", "c": str.upper}
print(dispatch["a"](), dispatch["b"](), dispatch["c"]("x"))
funcs = [len, sum, max, min, sorted]
print([fn([3, 1, 2]) for fn in funcs])
print(f == f, f is f, (lambda: 0) == (lambda: 0), len == len)
print(sorted([f, f]) if False else "functions not orderable")
try:
    f < f
except TypeError as e:
    print("TypeError", e)
def g(): pass
print({f: 1, g: 2}[g], len({f, g, f}))
class Obj:
    def method(self): return self
o = Obj()
print(o.method == o.method, o.method is o.method, Obj.method is Obj.method, o.method() is o)
bm = o.method
print(bm.__func__ is Obj.method, bm.__self__ is o, bm.__name__)
try:
    bm.new_attr = 1
except AttributeError as e:
    print("AttributeError", e)
def with_doc():
    "docstring"
with_doc.__doc__ += " (amended)"
print(with_doc.__doc__)
f.__qualname__ = "Custom.qual"
print(f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError", e)
print(type(f.__code__).__name__, f.__code__.co_name, f.__code__.co_argcount)
def gen(): yield
import types
print(isinstance(f, types.FunctionType), isinstance(gen, types.FunctionType), isinstance(len, types.FunctionType))
