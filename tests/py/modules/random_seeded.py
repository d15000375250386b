# random with a fixed seed is fully deterministic (Mersenne Twister algorithms must match CPython).
import random
random.seed(12345)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(0, 1000, 7), random.randrange(50), random.getrandbits(64), random.getrandbits(5))
print(random.choice("abcdefg"), random.choice(range(100)), random.choices([1, 2, 3], k=5), random.choices("xy", weights=[1, 9], k=6))
lst = list(range(15))
random.shuffle(lst)
print(lst)
print(random.sample(range(100), 8), random.sample("abcdef", 3))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.expovariate(2), 12), round(random.triangular(0, 10, 3), 12))
print(round(random.normalvariate(5, 2), 12), round(random.betavariate(2, 3), 12), round(random.lognormvariate(0, 1), 12))
r = random.Random(42)
print(r.random(), r.randint(0, 10 ** 20), r.choice([10, 20, 30]))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
random.seed("string seed")
print(random.random())
random.seed(b"bytes seed")
print(random.random())
random.seed(2 ** 100)
print(random.randint(0, 9), random.random())
random.seed(0)
print(random.randbytes(8))
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError", e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError", e)
