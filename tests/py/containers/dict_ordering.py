# dict preserves insertion order: updates, deletes, re-inserts, comprehensions, popitem.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d), list(d.values()))
d["a"] = 100
print(d)
del d["z"]
d["z"] = -1
print(d)
d.update({"b": 0, "new": 1, "a": 2})
print(d)
print(d.popitem(), d.popitem(), d)
d2 = dict(c=3, a=1, b=2)
print(d2, dict(sorted(d2.items())), {k: d2[k] for k in reversed(d2)})
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}}
print(merged, {"x": 1, "y": 2} | {"y": 20, "w": 0})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
keys = [5, 3, 9, 1]
print(dict.fromkeys(keys, 0), {k: k * k for k in keys if k > 2})
d3 = {i: i for i in range(10)}
for i in range(0, 10, 2):
    del d3[i]
d3[0] = "back"
print(d3)
d4 = {}
d4.setdefault("q", []).append(1)
d4.setdefault("p", []).append(2)
d4.setdefault("q", []).append(3)
print(d4)
d5 = {"a": 1, "b": 2, "c": 3}
d5.pop("b")
d5["b"] = 2
print(list(d5.items()), next(iter(d5)), next(reversed(d5)))
print({(1, 2): "tuple key", 3.5: "float key", None: "none key", True: "bool key"})
