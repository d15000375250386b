# collections.deque operations, maxlen behaviour, rotation, errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.index(2), d.count(1), 3 in d, list(reversed(d)))
d.remove(2)
d.insert(1, "ins")
print(d)
d.reverse()
print(d, d.copy() == d, d.copy() is d)
d.clear()
try:
    d.pop()
except IndexError as e:
    print("IndexError", e)
try:
    d.popleft()
except IndexError as e:
    print("IndexError", e)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(list(m), end=" ")
print()
m.appendleft(-1)
print(m, m.maxlen)
m.extend([10, 11])
print(m)
print(deque("abc", maxlen=2), deque(range(5))[2], deque([1, 2]) + deque([3]), deque([1]) * 3)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError", e)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(deque([3, 1, 2]) == deque([3, 1, 2]), deque([1]) < deque([2]), repr(deque()), repr(deque([], maxlen=0)))
