# List slicing: reads, negative steps, extended slice assignment/deletion, errors.
a = list(range(10))
print(a[2:7], a[-3:], a[:-3], a[::3], a[1::3], a[::-1], a[::-2], a[7:2:-1], a[-1:-6:-2], a[2:7:-1])
print(a[100:], a[-100:2], a[5:5], a[3:100:4], a[-100:100:50], a[None:None:None] == a)
b = a[:]
b[2:5] = ["x"]
print(b)
b = a[:]
b[2:2] = ["i", "j"]
print(b)
b = a[:]
b[::2] = "abcde"
print(b)
b = a[:]
b[::-3] = [0, 0, 0, 0]
print(b)
b = a[:]
b[5:] = []
print(b)
b = a[:]
b[-2:] = range(3)
print(b)
b = a[:]
del b[::3]
print(b)
b = a[:]
del b[-1:2:-2]
print(b)
b = a[:]
b[8:2] = ["inserted at 8"]
print(b)
for bad in ["a[::2] = [1]", "a[::-1] = []", "a[::0]", "a[1:3] = 5", "a['x':]"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
c = [1, 2, 3]
c[1:2] = c
print(c)
d = [1, 2, 3]
d[:] = d[::-1]
print(d)
t = tuple(range(6))
print(t[::2], t[::-1], t[4:1:-1], "hello"[::-1], "hello"[-2::-2], b"bytes"[1:4], range(10)[-3::-2])
