# functools: reduce, partial, lru_cache, cache, singledispatch, cmp_to_key.
import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2], []))
base2 = functools.partial(int, base=2)
print(base2("1010"), base2("11", base=10), base2.keywords, repr(functools.partial(max, 1)).startswith("functools.partial("))
p = functools.partial(functools.partial(pow, 2), 10)
print(p(), p.args)
@functools.lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * n
print(slow(2), slow(2), slow(3), slow(4), slow(2))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits)
@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(1), describe([1, 2]), describe("s"), describe(True))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
words = ["banana", "Apple", "cherry"]
print(sorted(words, key=functools.cmp_to_key(lambda a, b: cmp(a.lower(), b.lower()))))
class Calc:
    def add(self, a, b):
        return a + b
    add5 = functools.partialmethod(add, 5)
print(Calc().add5(10))
@functools.lru_cache
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
