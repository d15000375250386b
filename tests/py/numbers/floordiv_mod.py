# Floor division and modulo semantics with mixed signs, ints and floats; divmod.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (6, 3), (-6, 3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(f"{a:3} {b:3} | // {a // b:3} % {a % b:3} | divmod {divmod(a, b)} | / {a / b!r}")
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.1), (-1e-20, 1.0), (1e-20, -1.0), (5.0, float("inf")), (-5.0, float("inf"))]
for a, b in fpairs:
    print(repr(a), repr(b), "|", repr(a // b), repr(a % b), repr(divmod(a, b)))
print(0.0 % 5, -0.0 % 5, 0.0 % -5, -0.0 // 5, 3 % -0.5, -3.0 % 1)
import math
print(math.fmod(-7, 3), math.fmod(7, -3), math.remainder(7, 3), math.remainder(-7, 3), math.remainder(5, 2))
for a, b in [(1, 0), (1.0, 0), (0, 0.0), (5, 0.0)]:
    for op in ("//", "%", "divmod"):
        try:
            r = divmod(a, b) if op == "divmod" else eval(f"a {op} b")
            print(op, r)
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
print(2 ** 100 // -3, 2 ** 100 % -3, -(2 ** 100) // 3, -(2 ** 100) % 3)
print(True // 2, True % 2, 10 // True, -5 // 2.0, -5 % 2.0, 5 // -2.0)
print(divmod(float("inf"), 1), divmod(1, float("-inf")))
print([i % 3 for i in range(-5, 6)], [i // 3 for i in range(-5, 6)])
