# Order of results of set operations, set comprehensions, and set.pop for int sets.
a = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
b = {5, 10, 15, 20, 25, 30}
print(a | b, b | a)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union(range(40, 30, -2)), a.intersection([10, 9, 8, 100]), a.symmetric_difference([0, 11, 1]))
print({x * 3 % 17 for x in range(17)})
print({x * x for x in range(-5, 6)})
c = {30, 20, 10}
print([c.pop() for _ in range(3)], c)
d = set(range(100, 120))
popped = [d.pop() for _ in range(5)]
print(popped, d)
e = {1, 2, 3}
e.add(33)
e.add(65)
e.remove(1)
e.add(1)
print(e)
f = set(range(10))
for i in range(0, 10, 2):
    f.remove(i)
f.update({20, 22, 24})
print(f, list(f))
print(set(reversed(range(12))), set([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]) == set(range(10)))
g = frozenset(range(5)) | {100}
print(g, type(g).__name__)
print(dict.fromkeys({3, 1, 2}), list(zip({7, 5, 3}, "abc")))
print(sorted({3, 1, 2}) == [1, 2, 3], min({9, 4, 7}), sum({1, 2, 3}))
