# pickle round trips (no raw bytes printed): builtins, recursion, classes, __reduce__, __getstate__.
import pickle
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
class Custom:
    def __init__(self, v):
        self.v = v
        self.cache = "not pickled"
    def __getstate__(self):
        return {"v": self.v}
    def __setstate__(self, st):
        self.v = st["v"]
        self.cache = "rebuilt"
class Reduced:
    def __init__(self, a, b):
        self.args = (a, b)
    def __reduce__(self):
        return (Reduced, self.args)
values = [None, True, 0, -1, 2 ** 100, 1.5, float("inf"), 1j, "é😀", b"\x00", bytearray(b"x"), [1, [2]], (1, (2,)),
          {"k": {1, 2}}, frozenset({3}), range(1, 9, 2), slice(1, 2), Point(1, 2), {1: Point(3, 4)}, Ellipsis, NotImplemented, len, Point]
for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
    ok = [pickle.loads(pickle.dumps(v, protocol=proto)) == v for v in values]
    print(proto, all(ok), ok.count(False))
lst = [1]
lst.append(lst)
rt = pickle.loads(pickle.dumps(lst))
print(rt[1] is rt, rt[0])
shared = [0]
pair = pickle.loads(pickle.dumps([shared, shared]))
print(pair[0] is pair[1])
c = pickle.loads(pickle.dumps(Custom(7)))
print(c.v, c.cache)
r = pickle.loads(pickle.dumps(Reduced("a", 2)))
print(type(r).__name__, r.args)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
print(pickle.HIGHEST_PROTOCOL >= 5, pickle.DEFAULT_PROTOCOL)
