# Class-based iterators vs iterables; reusable iterables; __iter__ returning generators.
class CountUp:
    def __init__(self, lo, hi):
        self.cur, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1
c = CountUp(1, 4)
print(list(c), list(c))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, max(t))
class Peekable:
    _sentinel = object()
    def __init__(self, it):
        self.it = iter(it)
        self.buf = self._sentinel
    def __iter__(self):
        return self
    def peek(self, default=None):
        if self.buf is self._sentinel:
            self.buf = next(self.it, self._sentinel)
        return default if self.buf is self._sentinel else self.buf
    def __next__(self):
        if self.buf is not self._sentinel:
            v, self.buf = self.buf, self._sentinel
            return v
        return next(self.it)
p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("END"))
class Cycle:
    def __init__(self, items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i % len(self.items)]
cyc = iter(Cycle("xy"))
print([next(cyc) for _ in range(5)])
class LenHint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __len__(self):
        return 3
print(list(LenHint()), len(LenHint()), tuple(LenHint()))
it = iter(CountUp(0, 10))
print(next(it), next(it), list(zip(it, it)))
