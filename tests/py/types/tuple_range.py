# tuple and range types: construction, methods, slicing, equality, hashing.
t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t[1:], t[::-1], t + (5,), t * 2, len(t))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
print((), (1,), tuple("ab"), tuple([1]), tuple(range(3)), (1) == 1, type((1,)).__name__)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), (1, 2) < (1, 2, 0), (2,) > (1, 9))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    t[10]
except IndexError as e:
    print("IndexError", e)
print(repr((1,)), repr(("a", ("b",))), str(()))
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r)
print(r.index(11), r.count(11), r.start, r.stop, r.step)
print(range(5), range(0, 5), range(0, 5, 1), range(5) == range(0, 5), range(0) == range(2, 2))
print(range(0, 10, 2) == range(0, 9, 2), list(range(10, 0, -3)), list(range(-5)), len(range(10, 0)))
print(range(10 ** 20)[-1], range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(10 ** 20))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError", e)
for bad in [lambda: range(0, 10, 0), lambda: r[100], lambda: r.index(4), lambda: range(1.5),
            lambda: range(10)["a"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed(range(1, 8, 2))), sum(range(101)), max(range(7)), range(3)[:10])
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), range(4)[-5:])
a, b, *c = range(5)
print(a, b, c)
