# slice objects: repr, indices(), use with __getitem__, and edge cases.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
print(slice(None, None, -2).indices(7), slice(5, 0, -1).indices(3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError", e)
data = list(range(10))
print(data[s], data[slice(None, None, -3)], data[slice(-2, None)], "abcdef"[slice(1, 4)])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None], sh[1], sh["k"], sh[-1:])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2]["a":]
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError", e)
print(data[2:8:3], data[8:2:-3], data[-1:-4:-1], data[100:], data[-100:2], data[5:2])
print(range(10)[s], (0, 1, 2, 3)[slice(1, None)], b"abcdef"[s])
class Idx:
    def __index__(self):
        return 2
print(data[Idx():], data[Idx()], "hello"[:Idx()])
