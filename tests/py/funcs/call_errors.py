# TypeError messages for bad calls to user functions, methods and builtins.
def f(a, b, /, c, *, d):
    pass
def g(x, y=1):
    pass
def h(*args, k):
    pass
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
    @classmethod
    def cm(cls, x):
        pass
calls = [
    lambda: f(), lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, d=5),
    lambda: f(1, b=2, c=3, d=4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, d=4, e=5),
    lambda: g(), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(y=2), lambda: g(1, z=3),
    lambda: h(1, 2), lambda: h(k=1, j=2),
    lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(), lambda: C.cm(1, 2), lambda: C(1),
    lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: abs(), lambda: isinstance(1),
    lambda: "abc".split(1), lambda: [].append(), lambda: {}.get(), lambda: int("1", base=1, x=2),
    lambda: sorted([1], cmp=None), lambda: print(sepx=""), lambda: divmod(1), lambda: max(),
    lambda: "x".join(), lambda: range(), lambda: range(1, 2, 3, 4), lambda: dict(1, 2),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
