# __slots__: restrictions, inheritance, __dict__ absence, defaults conflict.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 5
print(p.y)
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, "__dict__"), q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 9
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    r.w = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    class IntSlots(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    P(1, 2).__dict__
except AttributeError as e:
    print("AttributeError", e)
