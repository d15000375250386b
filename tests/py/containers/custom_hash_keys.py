# User-defined __hash__/__eq__ as dict keys and set members; colliding hashes; mutation pitfalls.
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        print(f"  eq({self.name}, {other.name})")
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"K({self.name})"
a, b, c = Key("a", 1), Key("b", 1), Key("c", 2)
d = {a: 1}
print("insert b (same hash as a):")
d[b] = 2
print("insert c:")
d[c] = 3
print(d)
print("lookup equal-but-distinct a:")
print(d[Key("a", 1)])
print("lookup same object a (identity shortcut, no eq):")
print(d[a])
s = {Key("x", 5), Key("y", 5)}
print(len(s))
class Mutable:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return self.v == o.v
m = Mutable(1)
ds = {m: "found"}
m.v = 2
print(ds.get(m), ds.get(Mutable(1)), ds.get(Mutable(2)), len(ds))
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print("TypeError", e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self): return "str"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
