# array module: typecodes, mutation, bytes conversion, errors.
from array import array
a = array("i", [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a.typecode, a.itemsize, len(a), a[2], a[-1], a[1:3], type(a[1:3]).__name__)
print(a.pop(), a.pop(0), a.index(3), a.count(2), a.tolist(), list(reversed(a)))
a.remove(3)
a.reverse()
print(a, 4 in a, sum(a), max(a))
a[0] = 100
a[1:3] = array("i", [7, 8, 9])
print(a)
d = array("d", [1.5, -2.25])
print(d, d.tobytes(), array("d", d.tobytes()), d.itemsize)
b = array("B", b"\x01\x02\xff")
print(b, b.tobytes(), bytes(b), list(b))
h = array("h", [1, -1])
h.byteswap()
print(h)
u = array("u", "héllo")
print(u, u.tounicode(), u[1])
print(array("b"), array("l", range(3)), array("f", [0.1])[0], array("q", [2 ** 62]))
for bad in [lambda: array("B", [256]), lambda: array("b", [-129]), lambda: array("i", [1.5]), lambda: array("x"),
            lambda: array("i").pop(), lambda: array("i", [1]).index(5), lambda: a.append("s"), lambda: array("i", "abc")]:
    try:
        bad()
    except (OverflowError, TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
c = array("i", [3, 1, 2])
print(sorted(c), c + array("i", [9]), c * 2, c == array("i", [3, 1, 2]), c < array("i", [4]))
c.frombytes(array("i", [7]).tobytes())
c.fromlist([8])
print(c, array("i", [1]) == array("l", [1]))
