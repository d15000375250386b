# Identity vs equality semantics that are guaranteed (no id() values printed).
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, ... is Ellipsis, NotImplemented is NotImplemented)
print(type(1) is int, type([]) is list, int is int, len is len)
t = (1, [2])
print(t[1] is t[1], tuple(t) == t, frozenset() == frozenset())
def f():
    return []
print(f() is f(), f() == f())
class C:
    pass
x = C()
y = x
y.attr = 5
print(x.attr, x is y, C() is C(), C() == C())
lst = [x, x]
print(lst[0] is lst[1], lst.count(x), lst.index(y))
d = {}
d[1] = d
print(d[1] is d)
s = "hello"
print(s == "hel" + "lo", s is not None)
print(list(a) is not a, a[:] is not a, a.copy() is not a)
m = [[]] * 3
print(m[0] is m[2], [[] for _ in range(3)][0] is not [[] for _ in range(3)][1])
o1, o2 = object(), object()
print(o1 == o1, o1 == o2, o1 != o2, hash(o1) == hash(o1))
print(id(a) == id(b), id(a) == id(c))
