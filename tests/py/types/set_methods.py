# set methods (integer elements, so iteration order is deterministic).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 10]))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({100}), {1} <= {1}, {1} < {1})
s = set()
s.add(5); s.add(5); s.update([1, 2], (3,)); s.discard(100); s.discard(1)
print(s, len(s))
s.remove(2)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s.clear()
try:
    s.pop()
except KeyError as e:
    print("KeyError", e)
c = {1, 2, 3}
c.intersection_update({2, 3, 4}); print(c)
c.difference_update([3]); print(c)
c.symmetric_difference_update({2, 7}); print(c)
c |= {8}; c &= {7, 8}; print(c)
print(set(), set([]), {1, 2} == {2, 1}, set("a") == {"a"}, set(range(5)))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError", e)
try:
    set().add({})
except TypeError as e:
    print("TypeError", e)
print({1, 1.0, True}, {0, False, 0.0}, {(1, 2), (1, 2)})
cp = a.copy()
cp.add(99)
print(a, cp, a == cp)
fs = frozenset([3, 1, 2])
print(fs, fs | {9}, type(fs | {9}).__name__, type({9} | fs).__name__, frozenset(), hash(fs) == hash(frozenset({1, 2, 3})))
print({fs: "frozen key"}, fs == {1, 2, 3}, {frozenset({1}), frozenset({1})})
try:
    fs.add(1)
except AttributeError as e:
    print("AttributeError", e)
print(sorted({-5, 3, -1, 0}), min({4, 2, 8}), sum({1, 2, 3}))
print({1, 2, 3} - {2} | {10} & {10, 11}, {1, 2} ^ {2, 3} ^ {3, 4})
