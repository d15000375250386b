# Assignment forms: chained, augmented, tuple/list unpacking, starred targets.
a = b = c = [1]
a.append(2)
print(a, b, c, a is c)

x, y = 1, 2
x, y = y, x
print(x, y)

(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "ab"
print(s, t)

first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
a1, *mid, z1 = [1, 2]
print(a1, mid, z1)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)

for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)

for errcase in ["x, y = 1, 2, 3", "x, y, z = 1, 2", "x, *y, z = [1]", "x, y = 5"]:
    try:
        exec(errcase)
    except Exception as e:
        print(type(e).__name__, e)

lst = [0, 1, 2, 3, 4]
lst[1:3] = ["a", "b", "c"]
print(lst)
lst[::2] = [9, 9, 9]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError", e)

i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)

n = 5
n += 3; n -= 1; n *= 2; n //= 3; n **= 2; n %= 7; n <<= 3; n >>= 1; n |= 1; n &= 0xFF; n ^= 0b101
print(n)
s2 = "ab"
s2 *= 3
print(s2)
