# Augmented assignment: in-place vs rebinding, __iadd__ fallback, tuple item quirk.
a = [1, 2]
b = a
a += (3, 4)
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
try:
    a = a + (6,)
except TypeError as e:
    print("TypeError", e)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "x"
s += "y"
print(s)
t2 = ([1], 2)
try:
    t2[0] += [99]
except TypeError as e:
    print("TypeError", e)
print(t2)

class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        print("__add__")
        return OnlyAdd(self.v + o)
class WithIAdd(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
class IAddNotImpl(OnlyAdd):
    def __iadd__(self, o):
        print("__iadd__ -> NotImplemented")
        return NotImplemented
x = OnlyAdd(1); y = x; x += 1; print(x.v, y.v, x is y)
x = WithIAdd(1); y = x; x += 1; print(x.v, y.v, x is y)
x = IAddNotImpl(1); y = x; x += 1; print(x.v, y.v, x is y)

class Radd:
    def __radd__(self, o):
        return ("radd", o)
n = 5
n += Radd()
print(n)
st = {1, 2}
st2 = st
st |= {3}
st -= {1}
st &= {2, 3, 4}
st ^= {9}
print(sorted(st), st is st2)
d = {"a": 1}
d |= {"b": 2}
print(d)
class Obj:
    count = 0
o = Obj()
o.count += 1
print(o.count, Obj.count)
