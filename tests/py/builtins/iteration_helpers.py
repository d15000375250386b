# enumerate, zip, all, any, sum, map, filter, sorted, reversed, iter/next details.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-1)), list(enumerate([])))
print(all([]), any([]), all([1, "a", [0]]), any([0, "", None]), all(x > 0 for x in [1, 2, -1]), any(iter([0, 0, 3])))
print(sum([]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(101)), sum([True, True]), sum([1, 2.0, 3j]))
print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(len, ())))
print(list(filter(str.isdigit, "a1b2")), list(filter(None, [0, 1, 2])), list(filter(lambda x: x > 1, range(4))))
print(sorted("bca"), sorted([3, 1, 2], reverse=True), sorted([(1, "b"), (1, "a")]), sorted({"b": 1, "a": 2}))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(next(iter([5])), next(iter([]), "default"), list(iter([1, 2, 3].pop, 1)))
it = iter(range(5))
print(next(it), list(zip(it, it)), list(it))
print(min([4, 2, 8]), max("hello"), min(3, 1, 2), max([], default=0), min("b", "a", key=ord), max([1, 5, 3], key=lambda x: -x))
print(len("abc"), len([1]), len({}), len(range(10, 0, -2)), len(b"xy"), len({1, 2}), len((1,)))
print(list(zip("ab", range(5), [True] * 3)), dict(zip("abc", range(3))), list(zip(*zip("ab", "cd"))))
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1], start="")
except TypeError as e:
    print("TypeError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
