"""random: long MT19937 sequences, shuffle/sample/choices over many seeds, state round trips."""
import random

for seed in list(range(20)) + [2 ** 32 - 1, 2 ** 32, 2 ** 64 + 1, -(2 ** 70), 'seed', b'\x00\xff', 'ünïcode']:
    r = random.Random(seed)
    print(seed, [r.getrandbits(32) for _ in range(3)], r.random(), r.randrange(-50, 50, 3),
          r.sample(range(30), 4), r.choices(range(10), k=4), r.choice(['a', 'b', 'c']))
r = random.Random(2024)
values = [r.random() for _ in range(2000)]
print(values[0], values[623], values[624], values[1999], sum(values))
print(sum(r.getrandbits(100) for _ in range(700)) % 1000003)
deck = list(range(52))
for i in range(5):
    r.shuffle(deck)
    print(deck[:10])
print(r.sample(range(10 ** 9), 8), r.sample(list('abcdefghijklmnopqrstuvwxyz'), 26)[:6])
print(r.choices('xyz', weights=[0.1, 0.3, 0.6], k=12), r.choices(range(5), cum_weights=[1, 1, 3, 3, 10], k=12))
state = r.getstate()
first = [r.randint(1, 100) for _ in range(10)]
r.setstate(state)
print(first == [r.randint(1, 100) for _ in range(10)], first)
r2 = random.Random()
r2.setstate(state)
print(r2.randint(1, 100) == first[0])
random.seed(12345)
print(random.random(), random.randrange(10), random.uniform(1, 2))
random.seed('abc', version=1)
print(random.random())
random.seed(b'abc', version=1)
print(random.random())
print(random.Random(7).randbytes(12))
