# min/max/sorted with keys, defaults, ties (first wins), mixed inputs and errors.
words = ["pear", "fig", "apple", "kiwi", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len), sorted(words, key=len))
print(max([("a", 2), ("b", 2), ("c", 1)], key=lambda t: t[1]), min([3, 1, 1.0, True], key=abs))
print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(0, False), min(False, 0), max([0], [0, 0]))
print(min("abc"), max(b"xyz"), min({5: "a", 2: "b"}), max(range(5)), min(iter([4, 2, 6])))
print(max([], default=None), min((), default="empty"), max([5], default=0), max([1, 2], key=None))
for bad in [lambda: max(), lambda: min([]), lambda: max(1), lambda: max([1, "a"]), lambda: min([], key=len), lambda: max(1, 2, default=0),
            lambda: sorted(5), lambda: sorted([1, 2], lambda x: x), lambda: max([1], foo=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted([3, 1, 2], key=lambda x: x, reverse=False), sorted("BaCb", key=str.upper), sorted([-3, 2, -1], key=abs, reverse=True))
print(sorted([[3], [1, 2], []]), sorted([(2, "a"), (1, "b"), (2, "A")]), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
nan = float("nan")
print(max([1, nan, 3]), max([nan, 1, 3]), min([2, nan]), sorted([2.0, 1.0]))
