# List/set/dict comprehensions and generator expressions, nesting, scoping.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(3)] for i in range(3)])
print(sorted({x % 4 for x in range(20)}))
print({k: v for k, v in zip("abc", range(3))})
print({x: x ** 2 for x in range(5) if x != 2})
g = (x + 1 for x in range(4))
print(type(g).__name__, list(g), list(g))
print(sum(x for x in range(101)))

x = "outer"
r = [x for x in range(3)]
print(x, r)

class C:
    base = 10
    vals = [i for i in range(3)]
    try:
        bad = [base + i for i in range(3)]
    except NameError as e:
        err = str(e)
print(C.vals, C.err)

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([y for row in matrix for y in row if y % 2])

funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((str(i), i) for i in range(3)))
print(list(enumerate(c for c in "xy")))
print([a + b for a, b in [(1, 2), (3, 4)]])
print([*range(3), *"ab"])
