# Variable and function annotations; __annotations__ contents.
x: int = 5
y: "forward ref"
print(x, __annotations__)
try:
    y
except NameError as e:
    print("NameError", e)

def f(a: int, b: str = "s", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
print(f(1))

class C:
    a: int
    b: str = "default"
    c: list[int] = []
print(C.__annotations__)
print(hasattr(C, "a"), C.b)

def no_ann(a, b):
    pass
print(no_ann.__annotations__)

def local():
    q: int = 1
    r: int
    return q
print(local())
d = {}
d["k"]: int = 3
print(d)
class D:
    pass
obj = D()
obj.attr: str = "val"
print(obj.attr)
print((lambda: 0).__annotations__)
