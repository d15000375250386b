# Ordering across numeric types; sorting with nan/-0.0; min/max/sum on numerics.
vals = [3, 2.5, True, -1, 0.0, -0.0, 10 ** 20, 1e20, 2 ** 0.5]
print(sorted(vals), sorted(vals, reverse=True))
print(min(vals), max(vals), sum(vals), sum(vals, 0.0), sum([0.1] * 3), sum(range(5), start=10))
print(sorted([1e20, 10 ** 20, 10 ** 20 + 1, 1e20 + 1]), 10 ** 20 + 1 > 1e20)
print(1 < 1.0000000000000002, 2 ** 1024 > 1.7976931348623157e308, -(2 ** 1024) < -1.7976931348623157e308)
print(sorted([-0.0, 0, 0.0, -0]), [str(x) for x in sorted([0.0, -0.0])], [str(x) for x in sorted([-0.0, 0.0])])
print(max(0.0, -0.0), max(-0.0, 0.0), min(0, 0.0), min(0.0, 0))
print(sorted([3, 1, 2], key=lambda v: -v), sorted([(1, 2.0), (1, 1.5), (0.5, 9)]))
print(sum([1, 2, 3], []) if False else "skip", sum([[1], [2]], []), sum([(1,), (2,)], ()))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
print(abs(-5), abs(-5.5), abs(3 - 4j), abs(True), abs(-0.0), abs(-(2 ** 100)))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(True, 2))
print(max([1, 2], [1, 3]), max("apple", "pear", key=len), min([], default="empty"), max(3, 1, 2, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
