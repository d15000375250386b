# Type promotion and results of arithmetic between bool/int/float/complex, incl. augmented ops.
ops = ["+", "-", "*", "/", "//", "%", "**"]
operands = [True, 3, 2.0, 1j]
for a in operands:
    for b in operands:
        row = []
        for op in ops:
            try:
                r = eval(f"a {op} b")
                row.append(f"{type(r).__name__}:{r!r}")
            except Exception as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), " ".join(row))
x = 1
x += 0.5
print(x, type(x).__name__)
x = 10
x /= 4
print(x, type(x).__name__)
x = 10
x //= 4.0
print(x, type(x).__name__)
x = 2
x **= -1
print(x)
x = 7
x %= -3
print(x)
c = 1
c *= 1j
print(c, type(c).__name__)
b = True
b += True
print(b, type(b).__name__)
