# Power operator: int/float/negative exponents, 3-arg pow, complex results, edge cases.
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0, 1 ** -5, (-1) ** -1)
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__, 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** (1 / 3))
print((-1) ** 0.5, type((-1) ** 0.5).__name__)
print(2 ** 0.5, 10 ** -3, 10.0 ** 15, 10 ** 15, 1.1 ** 100, 0.5 ** 1074 > 0, 0.5 ** 1075)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(2, 3, -5), pow(7, 0, 1), pow(0, 0, 5))
print(pow(3, -2, 11), (3 * pow(3, -1, 11)) % 11, pow(38, -1, 97))
for bad in [lambda: 0 ** -1, lambda: 0.0 ** -2, lambda: pow(2, 3, 0), lambda: pow(2, -1, 6), lambda: pow(2.0, 2, 3),
            lambda: 10.0 ** 400, lambda: (-8.0) ** 0.5 if False else pow(-8.0, 1 / 3) * 0 + 1 / 0]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, 2 ** -1 ** 2)
print(pow(1.5, 2), pow(4, 0.5), pow(-4, 0.5), pow(2, 1000) == 2 ** 1000, len(str(3 ** 1000)))
print(1j ** 2, (1 + 1j) ** 2, 2 ** 1j, 0j ** 0, (2 + 0j) ** 2)
try:
    0j ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = 5
x **= 2
print(x, True ** 2, 2 ** True, False ** 0)
