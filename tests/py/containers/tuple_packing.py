# Tuples: packing/unpacking, single-element, nesting, immutability with mutable members.
t = 1, 2, 3
print(t, type(t).__name__, len(t), (1), (1,), 1,)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
first, *_, last = range(10)
print(first, last)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0] + nested[1], nested * 2)
mut = ([1], {"k": 0})
mut[0].append(2)
mut[1]["k"] = 1
print(mut)
print(tuple(), tuple([]), tuple(x for x in "ab"), tuple({1: 2, 3: 4}), tuple(range(0)))
print((1, 2) + (3,), (0,) * 3, (1, 2) * 0, 3 in (1, 2, 3), (1, 2, 3)[::-1], (1, 2) == (1, 2.0))
print(max((1, 9), (2, 0)), min([(2, "a"), (1, "z")]), sorted([(2, 1), (1, 2), (1, 1)]))
def returns_tuple():
    return 1, "a"
n, s = returns_tuple()
print(n, s, returns_tuple()[1])
x = y = z = (1,)
print(x is y is z)
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
lst = [5, 6]
i, lst[i] = 1, 99
print(i, lst)
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(divmod(17, 5), tuple(divmod(17, 5)) == (3, 2), hash((1, 2)) == hash(tuple([1, 2])))
print(repr((("nested",),)), str(("a", 1)), (1, [2, (3,)]))
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
