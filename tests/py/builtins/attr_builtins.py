# getattr/setattr/hasattr/delattr/vars/dir on various objects.
class C:
    cls_attr = "c"
    def __init__(self):
        self.inst = 1
    def method(self):
        return "m"
o = C()
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "nope", None), getattr(C, "cls_attr"))
setattr(o, "dyn", [1])
setattr(C, "added", "to class")
print(o.dyn, o.added, hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(C, "method"))
delattr(o, "dyn")
print(hasattr(o, "dyn"), vars(o), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(o) if not n.startswith("__")])
print("inst" in dir(o), "cls_attr" in dir(C), "inst" in dir(C), dir(o) == sorted(dir(o)))
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "__len__")(), hasattr(None, "__class__"))
for bad in [lambda: getattr(o, "missing"), lambda: setattr(5, "x", 1), lambda: delattr(o, "missing"), lambda: vars(5),
            lambda: getattr(o, None), lambda: setattr(o, 1, 1), lambda: hasattr(o), lambda: setattr(object(), "a", 1)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
import math
print(getattr(math, "pi"), hasattr(math, "tau"), "sqrt" in dir(math), "pi" in vars(math))
print(sorted(vars(type("T", (), {"a": 1, "b": 2}))) [:2])
def f():
    pass
f.attr = 1
print(vars(f), getattr(f, "__name__"), hasattr(f, "__call__"))
x = 10
print(vars()["x"], "x" in dir(), type(vars()).__name__)
