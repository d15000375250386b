# Generators capturing variables, generator factories and late binding.
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
            yield i * 10
        gens.append(g())
    return gens
print([list(g) for g in make_gens()])
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    while count < 3:
        bump()
        yield count
print(list(counter_gen()))
def late():
    x = 1
    g = (x + i for i in range(3))
    x = 100
    return list(g)
print(late())
def consumer_of(gen_factory):
    return [list(gen_factory()) for _ in range(2)]
print(consumer_of(lambda: (c for c in "ab")))
def stateful():
    cache = {}
    def memo_gen(n):
        for i in range(n):
            if i not in cache:
                cache[i] = i * i
            yield cache[i]
    return memo_gen, cache
mg, cache = stateful()
print(list(mg(4)), sorted(cache.items()))
def gen_method_holder():
    class Holder:
        def __init__(self):
            self.items = [3, 1, 2]
        def sorted_items(self):
            yield from sorted(self.items)
    h = Holder()
    it = h.sorted_items()
    h.items.append(0)
    return list(it)
print(gen_method_holder())
def outer_gen():
    for i in range(2):
        inner = (i * j for j in range(3))
        yield list(inner)
print(list(outer_gen()))
