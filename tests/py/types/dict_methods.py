# dict methods: get/setdefault/pop/popitem/update/fromkeys/copy/clear and errors.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"x": 1}, y=2)
d.update([("z", 26)])
print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
c = d.copy()
c["new"] = 1
print(d, c)
c.clear()
print(c, len(d))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, k2="v2"), dict(zip("ab", [1, 2])))
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {}["missing"], lambda: {[]: 1},
            lambda: d.update(5), lambda: dict.fromkeys(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print({"a": 1} | {"b": 2, "a": 3}, {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
d2 = {}
d2[1] = "int"; d2[1.0] = "float"; d2[True] = "bool"
print(d2)
print("a" in {"a": 1}, 1 in {"a": 1}, list(reversed({"x": 1, "y": 2})), len({}))
print(repr({"q": [1, {"n": None}]}), str({1: "1"}))
r = {}
r["self"] = r
print(r)
class Missing(dict):
    def __missing__(self, key):
        return key * 2
m = Missing(a=1)
print(m["a"], m["bb"], m.get("bb"), "bb" in m)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError", e)
od = {}
for k in [3, 1, 2]:
    od[k] = k
del od[1]
od[1] = 1
print(list(od), list(od.values()), list(od.items()))
