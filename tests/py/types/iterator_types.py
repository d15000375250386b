# Iterator protocol on builtin types: iter(), next(), sentinel form, exhaustion.
it = iter("ab")
print(list(it), list(it), iter(it) is it)
for obj in [[1, 2], (3,), {4: 5}, {6}, range(2), b"x", bytearray(b"y"), enumerate("q"), zip("a", "b"),
            reversed([1]), map(str, [1]), filter(None, [0, 1]), {1: 2}.items(), iter([])]:
    it = iter(obj)
    print(type(it).__name__, list(it), list(it), iter(it) is it)
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    next([1])
except TypeError as e:
    print("TypeError", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError", e)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Count:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(4)), sum(Count(5)), sorted(Count(3)), 2 in Count(5))
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemSeq()), 20 in GetItemSeq(), type(iter(GetItemSeq())).__name__)
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
r = reversed(range(3))
print(r.__length_hint__(), list(r))
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint(Count(3), 7))
