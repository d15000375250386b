# slice() and range() as builtins: construction, attributes, equality, use with sequences.
print(slice(3), slice(1, 3), slice(1, 10, 2), slice(None), slice("a", "b"), slice(1, 2).__reduce__()[1])
s = slice(-3, None)
print([0, 1, 2, 3, 4][s], "abcdef"[s], (1, 2, 3)[s], range(10)[s], s.indices(10))
print(range(5), range(1, 5), range(1, 10, 3), range(10, 0, -2), list(range(10, 0, -2)), range(0), list(range(-3)))
r = range(1, 20, 4)
print(r.start, r.stop, r.step, len(r), r[-1], r[1:3], r.index(13), r.count(5), 9 in r, 8 in r)
print(range(0, 3) == range(3), range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7), range(3) == [0, 1, 2])
print(list(range(2 ** 64, 2 ** 64 + 3)), range(-10, 10, 7)[::-1], list(range(5)[::-2]))
for bad in [lambda: range(), lambda: range(1, 2, 0), lambda: range(1.0), lambda: range("3"), lambda: range(3)[5], lambda: range(3).index(7)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 3))), sum(range(1, 101, 2)), max(range(-5, 5, 3)))
