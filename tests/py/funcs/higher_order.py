# Functions as values: passing, returning, composing, sorting with key functions.
def apply(f, *args):
    return f(*args)
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(max, 3, 9, 2), compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
people = [("amy", 31), ("bob", 25), ("cal", 31), ("dee", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
words = ["Banana", "apple", "cherry", "Apple", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(set(words), key=lambda w: (w.lower(), w)))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(pow)(2)(10))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_sq(n):
    return n * n
print([slow_sq(i) for i in [3, 3, 4]], sorted(slow_sq.cache.items()))
def pipeline(data, *steps):
    for s in steps:
        data = s(data)
    return data
print(pipeline(range(10), lambda xs: filter(lambda x: x % 2, xs), lambda xs: map(lambda x: x * x, xs), list))
print(list(map(lambda f: f(10), [abs, str, float, bin, hex, oct, bool])))
print(sorted([[3, "c"], [1, "a"], [2, "b"]], key=lambda x: x[1]))
stable = sorted([(1, "b"), (0, "a"), (1, "a"), (0, "b")], key=lambda t: t[0])
print(stable)
