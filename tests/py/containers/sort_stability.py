# Sorting: stability, keys, reverse preserving stability, multi-pass sorts, errors.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
r2 = sorted(records, key=lambda r: r[0], reverse=True)
r2.sort(key=lambda r: r[1])
print(r2)
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted("The quick Brown fox".split(), key=str.lower), sorted("bAcD"), sorted("bAcD", key=str.casefold))
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x % 3), sorted(nums, key=lambda x: (x % 2, -x)))
lst = [5, 2, 8]
print(lst.sort(), lst, sorted(lst, reverse=True), lst)
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({3: "c", 1: "a"}.items()), sorted(range(5), key=lambda x: -x))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError", e)
data = list(range(10))
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
class Obj:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"O{self.v}"
print(sorted([Obj(3), Obj(1), Obj(2)]), max([Obj(3), Obj(5)]), min(Obj(4), Obj(2)))
big = [(i * 37) % 101 for i in range(101)]
print(sorted(big) == list(range(101)), sorted(big, reverse=True)[:5])
print(sorted([True, False, 0, 1, -1]), sorted([0.5, 1, True, 0]))
