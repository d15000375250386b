# defaultdict factories and OrderedDict order operations / equality semantics.
from collections import defaultdict, OrderedDict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["missing"], "missing" in dd, dd.default_factory)
cnt = defaultdict(int)
for ch in "mississippi":
    cnt[ch] += 1
print(sorted(cnt.items()), cnt.get("z"), "z" in cnt)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 1
print({k: dict(v) for k, v in nested.items()})
nf = defaultdict()
try:
    nf["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(set)), defaultdict(str)["q"] == "")
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), list(od))
o1 = OrderedDict([(1, "a"), (2, "b")])
o2 = OrderedDict([(2, "b"), (1, "a")])
print(o1 == o2, dict(o1) == dict(o2), o1 == dict(o2), repr(o1))
o1[3] = "c"
o1[1] = "A"
print(list(o1.items()), list(reversed(o1)))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
print(o1 | {9: "z"}, type(o1 | {9: "z"}).__name__)
