# Class body execution: ordering, __dict__, nested classes, class attributes referencing each other.
print("before class")
class C:
    print("executing class body")
    a = 1
    b = a * 2
    lst = [a, b]
    def m(self):
        return C.a
    class Nested:
        value = "nested"
    del a
print("after class")
print(C.b, C.lst, hasattr(C, "a"), C.Nested.value, C().m() if False else "skip")
print([k for k in C.__dict__ if not k.startswith("__")])
print(type(C.__dict__).__name__, C.__dict__["b"], "__module__" in C.__dict__, C.__module__)
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError", e)
class D:
    x = 10
    def get_x(self):
        return x
x = "global x"
print(D().get_x())
class E:
    items = ["a", "b"]
    upper = [s.upper() for s in items]
    n = len(items)
print(E.upper, E.n)
class F:
    if True:
        cond = "yes"
    for i in range(3):
        pass
    try:
        1 / 0
    except ZeroDivisionError:
        caught = True
print(F.cond, F.i, F.caught)
def make(base_val):
    class Local:
        v = base_val
        def get(self):
            return base_val * 2
    return Local
L = make(21)
print(L.v, L().get(), L.__qualname__)
class G:
    def __init__(self):
        self.__class__.instances = getattr(self.__class__, "instances", 0) + 1
G(); G()
print(G.instances)
