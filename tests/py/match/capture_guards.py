# Capture patterns, guards, as-patterns; guard evaluation and binding on failed guards.
def describe(point):
    match point:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y) if x == -y:
            return f"anti-diagonal {x},{y}"
        case (x, y) as p:
            return f"point {p} x={x} y={y}"
        case other:
            return f"not a point: {other!r}"
for p in [(0, 0), (0, 5), (3, 0), (2, 2), (2, -2), (1, 7), [4, 4], (1, 2, 3), "xy", 5]:
    print(repr(p), "->", describe(p))
def guard_side_effects(v):
    log = []
    def g(tag, result):
        log.append(tag)
        return result
    match v:
        case int(n) if g("first", n > 10):
            res = "big"
        case int(n) if g("second", n > 5):
            res = "medium"
        case int(n):
            res = "small"
        case _:
            res = "not int"
    return res, log
for v in [20, 7, 1, "x"]:
    print(v, guard_side_effects(v))
def binding_leak(v):
    match v:
        case [a, b] if a > b:
            return "desc", a, b
        case _:
            pass
    return "fell through; a bound?", "a" in locals()
print(binding_leak([2, 1]), binding_leak([1, 2]))
match 42:
    case x:
        print("irrefutable capture bound x =", x)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
