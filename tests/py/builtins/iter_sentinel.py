# iter(callable, sentinel), next() defaults, iterator exhaustion across builtins consuming iterators.
import io
stream = io.StringIO("line1\nline2\nline3\n")
print(list(iter(stream.readline, "")))
counter = iter(range(10))
print(list(iter(lambda: next(counter), 5)))
print(list(counter))
data = [1, 2, 3, None, 4]
it = iter(data)
print(list(iter(it.__next__, None)), list(it))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError", e)
n = iter([1, 2, 3])
print(next(n), sum(n), next(n, "empty"), list(n))
g = (x for x in range(5))
print(3 in g, list(g))
z = iter("abcdef")
print(list(zip(z, z, z)))
m = map(int, "1234")
print(next(m), max(m), list(m))
e = enumerate("xyz")
print(next(e), dict(e))
f = filter(None, [0, 1, 0, 2])
print(any(f), list(f))
r = reversed([1, 2, 3, 4])
print(next(r), sorted(r), list(r))
class Countdown:
    def __init__(self): self.n = 3
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(), 0)))
