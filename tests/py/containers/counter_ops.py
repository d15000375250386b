# collections.Counter: counting, most_common tie order, arithmetic, updates.
from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), sum(c.values()) if True else 0)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(list(c.elements()), sorted(c))
c.update("zzz")
c.update({"a": -3})
c.subtract(["b", "b", "q"])
print(c)
d = Counter(a=3, b=1)
e = Counter(a=1, b=2, c=5)
print(d + e, d - e, e - d, d | e, d & e, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter({"x": 0}) == Counter(), Counter(a=1) == Counter(a=1, b=0))
print(Counter(words := "the cat and the hat and the bat".split()).most_common(3))
cnt = Counter()
for w in ["x", "y", "x", "z", "y", "x"]:
    cnt[w] += 1
print(cnt, dict(cnt), cnt.total())
del cnt["x"]
print(cnt, "x" in cnt, cnt["x"])
print(Counter(a=2, b=2, c=2).most_common(), Counter({3: 1, 1: 1, 2: 1}).most_common())
print(repr(Counter()), Counter("aab") <= Counter("aabb"), Counter("ab") < Counter("ab"))
