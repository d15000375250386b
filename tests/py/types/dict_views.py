# dict views: dynamic, set operations, reversed, repr, mapping attribute.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(len(k), list(v), list(it)[-1])
print(sorted(k & {"a", "d", "z"}), sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}))
print(sorted(it & {("a", 1), ("b", 99)}), ("a", 1) in it, ("a", 2) in it, "a" in k, 1 in v)
print(k == {"a", "b", "c", "d"}, k <= {"a", "b", "c", "d", "e"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it))[:1])
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(v == v, d.values() == d.values())
print(k.mapping == d, k.mapping is not d)
ki = iter(k)
print(next(ki))
d["e"] = 5
try:
    next(ki)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    k[0]
except TypeError as e:
    print("TypeError", e)
n = {1: "x", 2: "y"}
print(n.keys() - [1], n.keys() | [3], n.items() | {(9, 9)} == {(1, "x"), (2, "y"), (9, 9)})
print(sum({1: 10, 2: 20}.values()), max({5: 0, 7: 0}), dict(it) == d)
