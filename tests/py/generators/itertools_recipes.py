# Classic itertools recipes built from generators (deterministic int/str data).
from itertools import islice, chain, combinations, cycle, groupby, tee, zip_longest, count, repeat, starmap
import operator
def take(n, it): return list(islice(it, n))
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
def roundrobin(*its):
    nexts = cycle(iter(i).__next__ for i in its)
    pending = len(its)
    while pending:
        try:
            for nx in nexts:
                yield nx()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def powerset(it):
    s = list(it)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(it, key=None):
    seen = set()
    for el in it:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def unique_justseen(it):
    return map(next, map(operator.itemgetter(1), groupby(it)))
def sliding_window(it, n):
    its = tee(it, n)
    for i, t in enumerate(its):
        for _ in range(i):
            next(t, None)
    return zip(*its)
def partition(pred, it):
    t1, t2 = tee(it)
    return list(filter(lambda x: not pred(x), t1)), list(filter(pred, t2))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def tabulate(fn, start=0):
    return map(fn, count(start))
print(take(5, tabulate(lambda x: x * x)))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen([3, -3, 2, -2, 3], key=abs)))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(sliding_window(range(6), 3)))
print(partition(lambda x: x % 2, range(10)))
print(list(flatten([[1, 2], [], [3]])), take(4, repeat("r")), list(starmap(operator.mul, zip(range(4), count(10)))))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(take(15, primes()))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:20], len(list(collatz(27))))
