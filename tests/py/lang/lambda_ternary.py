# Lambda expressions, defaults, closures, conditional expressions.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3))
print((lambda: "no args")())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))
print(add.__name__, (lambda: 0).__name__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(list(map(lambda x: x if x % 2 else -x, range(6))))
print(list(filter(lambda s: s, ["", "a", None, "b", 0])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
k = 3
cap = lambda: k
k = 4
print(cap())
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
try:
    (lambda: 0)(1)
except TypeError as e:
    print(e)
print((lambda: (yield 1))().__next__())
