"""random: exact CPython sequences for many seeds (int/str/bytes/float), all methods and errors."""
import random
for s in [0, 1, 42, -7, 2**32, 2**100 + 12345, 3.5, -0.0, 'hello', b'bytes', bytearray(b'ba'), '', True, 'é unicode ✓' * 20]:
    r = random.Random(s)
    print(repr(s)[:30], r.random(), r.getrandbits(70), r.randrange(1000), r.randint(-5, 5), r.choice('abcdef'))
r = random.Random(12345)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65, 100, 1000)])
print([r.randrange(10**k) for k in range(30)])
print([r.randrange(3, 100, 7) for _ in range(10)], [r.randrange(100, 3, -7) for _ in range(10)])
l = list(range(20)); r.shuffle(l); print(l)
print(r.sample(range(100), 10), r.sample(range(10**6), 10), r.sample('abcdefghij', 10), r.sample(['a','b','c'], 2, counts=[3, 1, 2]))
print(r.choices('abc', k=10), r.choices('abc', [1, 5, 10], k=10), r.choices('abc', cum_weights=[1, 5, 10], k=10))
print(r.uniform(1, 10), r.triangular(), r.triangular(0, 10, 3), r.normalvariate(), r.normalvariate(5, 2), r.gauss(), r.gauss(), r.gauss(1, 2))
print(r.lognormvariate(0, 1), r.expovariate(1.5), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 1e-9), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2))
print(r.randbytes(10))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random(), st[0], len(st[1]), st[2])
random.seed(99); print(random.random(), random.randint(1, 6), random.sample(range(50), 5))
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0), lambda: r.choice([]), lambda: r.sample([1], 2), lambda: r.sample({1, 2}, 1), lambda: r.getrandbits(-1), lambda: random.Random([1]), lambda: r.choices('ab', [1], k=2), lambda: r.choices('ab', [0, 0]), lambda: r.setstate((9, (), None)), lambda: r.randrange(1.5), lambda: r.choices('ab', 3), lambda: r.gammavariate(0, 1)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class MyR(random.Random):
    def random(self): return 0.25
print(MyR().randrange(10), MyR().choice('abcd'))
big = list(range(1000)); random.Random(3).shuffle(big); print(big[:10], sum(big))
print(random.Random(5).sample(range(10000), 100)[-3:])
