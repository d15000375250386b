# Compiler: evaluation order, unpacking, displays, calls, f-strings, comparisons.
log = []
def t(name, val=None):
    log.append(name)
    return val if val is not None else name

d = {}
d[t("k1")] = t("v1")
print(log); log.clear()
{t("a"): t("b"), t("c"): t("d")}
print(log); log.clear()
t("f", lambda *a, **k: (a, k))(t("x"), *[t("y")], k=t("z"))
print(log); log.clear()
r = t("l", 1) < t("m", 2) < t("n", 3)
print(r, log); log.clear()
r = t("l", 3) < t("m", 2) < t("n", 3)
print(r, log); log.clear()

class Obj:
    def __init__(self): self.attr = 1
o = Obj()
lst = [1, 2, 3]
def idx():
    log.append("idx")
    return 1
lst[idx()] += 10
o.attr += 5
print(lst, o.attr, log); log.clear()

a, *b, c = range(5)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *_ = "hello"
print(first)
print([*range(2), *"ab", 9], (*[1], 2), {*"aa", 3} == {"a", 3}, {**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, z=3))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print("TypeError", e)
try:
    f(*1)
except TypeError as e:
    print("TypeError", e)

print(0 or "" or None, 1 and 2 and 3, 0 and 1, None or [] or "last")
print(not 0, -(-3), ~5, +True, 2 ** -1, -2 ** 2, (-2) ** 2, 7 // -2, -7 % 3)
x = 5
print(f"{x!r:>4}|{x*2=}|{'s'!s}|{3.14159:.2f}|{x:{'>'}{6}}|{{}}")
w = 10
print(f"{'nested ' + f'{w}'}")
print("a" "b" 'c', b"x" b"y")
s = slice(1, None)
print([0, 1, 2, 3][1:3], [0, 1, 2, 3][::2], "abcdef"[s], [0, 1, 2][-1:])
print(1 if 0 else 2 if 1 else 3, (lambda q=2: q * 3)())
print(isinstance(-1, int), 1 == 1.0, 0.1 + 0.2, 1e400, -0.0, 10**20, 0x_ff if False else 0xff)
big = 123456789012345678901234567890
print(big * 2, -big, big // 7)
t1 = (1, 2)
t2 = (1, 2)
print(t1 is t2, t1 == t2)
print(type(...), ... is Ellipsis, None is None)
del lst[0], o.attr
print(lst, hasattr(o, "attr"))
a = b = c = []
a.append(1)
print(b, c is a)
print([(i, j) for i in range(3) if i for j in range(i) if j != 5])
print({k: v for k, v in zip("ab", range(2))}, {v % 2 for v in range(5)})
print(sum(i for i in range(5)), list(zip(*[(1, 2), (3, 4)])))
gen = (i for i in range(3))
print(next(gen), list(gen))
print(__debug__, __name__)
assert True, "never"
try:
    assert 1 > 2, "message %d" % 3
except AssertionError as e:
    print("AssertionError", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError", repr(e))
