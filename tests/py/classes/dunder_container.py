# Container protocol dunders: __len__, __getitem__ (ints and slices), __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        print("setitem", i, v)
        self.items[i] = v
    def __delitem__(self, i):
        print("delitem", i)
        del self.items[i]
    def __contains__(self, x):
        print("contains", x)
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(self.items[::-1])
    def __repr__(self):
        return f"Seq{tuple(self.items)}"
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], s[::-1], 3 in s, 9 not in s)
s[0] = 10
s[1:2] = [20, 21]
del s[-1]
del s[0:1]
print(s, list(s), list(reversed(s)), sorted(s, reverse=True), bool(s), bool(Seq()))
a, b, c = s
print(a, b, c, [*s], max(s), sum(s), list(enumerate(s)))
try:
    s[100]
except IndexError as e:
    print("IndexError", e)
class GetOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
g = GetOnly()
print(list(g), 4 in g, 5 in g, list(reversed([*g])))
try:
    len(g)
except TypeError as e:
    print("TypeError", e)
try:
    reversed(g)
except TypeError as e:
    print("TypeError", e)
class Mapping:
    def __getitem__(self, k):
        return k.upper()
    def keys(self):
        return ["a", "b"]
print(dict(Mapping()), {**Mapping()})
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError", e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print("OverflowError", e)
class NoSet:
    def __getitem__(self, i): return i
try:
    NoSet()[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del NoSet()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
