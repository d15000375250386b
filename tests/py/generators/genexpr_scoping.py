# Generator expressions: laziness and the eager first iterable.
log = []
def src(n):
    log.append(f"src({n})")
    return range(n)
g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
g3 = (1 / x for x in [1, 0])
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print("ZeroDivisionError during iteration:", e)
items = [1, 2, 3]
g4 = (x for x in items)
items = [7, 8, 9]
print(list(g4))
items = [1, 2]
g5 = (x + y for x in items for y in items)
items.append(3)
print(list(g5))
n = 10
g6 = (x + n for x in range(2))
n = 100
print(list(g6))
print(sum(x * x for x in range(10)), any(x > 8 for x in range(10)), all(x < 5 for x in range(10)))
print("-".join(str(i) for i in range(4)), dict((i, str(i)) for i in range(3)), tuple(c for c in "ab"))
print(max((len(w), w) for w in ["aa", "b", "ccc"]))
side = []
def check(x):
    side.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), side)
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
gen = (i for i in range(3))
print(list(gen), list(gen))
class A:
    vals = [1, 2]
    doubled = list(v * 2 for v in vals)
print(A.doubled)
