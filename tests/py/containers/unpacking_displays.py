# Star-unpacking in displays, calls and assignments across container types.
a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"hi", *range(2)], (*a,))
d1, d2 = {"x": 1}, {"y": 2, "x": 3}
print({**d1, **d2}, {**d2, **d1}, {**d1, "z": 0, **{"z": 9}})
print([*{3: "a", 1: "b"}], [*{3, 1, 2}], [*d1.items()])
head, *tail = [1, 2, 3]
*init, end = "abc"
x, *y, z = range(6)
(p, *q), r = "xyz", 0
print(head, tail, init, end, x, y, z, p, q, r)
[m, n] = {"k1": 1, "k2": 2}
print(m, n)
for first, *rest in [(1, 2, 3), (4,), "ab"]:
    print(first, rest)
try:
    x, *y, z = [1]
except ValueError as e:
    print("ValueError", e)
try:
    {**[1, 2]}
except TypeError as e:
    print("TypeError", e)
try:
    [*5]
except TypeError as e:
    print("TypeError", e)
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b, 5, *"c"), f(**d1, w=1))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [*map(sum, matrix)], max(*matrix[0]), print(*matrix, sep=" | "))
nested = [*[*[1, 2], 3], *(4,)]
print(nested, {*(), *[]}, [*[]], {**{}})
