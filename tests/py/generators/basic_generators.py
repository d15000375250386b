# Generator basics: lazy execution, state between yields, exhaustion, attributes.
def countdown(n):
    print("start")
    while n > 0:
        print("yielding", n)
        yield n
        n -= 1
    print("end")
g = countdown(3)
print("created", type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(next(g))
for v in g:
    print("loop got", v)
print(list(g), next(g, "exhausted"))
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def gen_with_return():
    yield 1
    return 99
print(list(gen_with_return()))
def multi_yield():
    x = yield
    print("x is", x)
    yield 1, 2
    yield [1, 2]
print(list(multi_yield()))
def lines():
    yield from "ab"
    yield "c"
print("".join(lines()))
g2 = countdown(1)
print(iter(g2) is g2, hasattr(g2, "__next__"), hasattr(g2, "send"))
def gen_expr_like():
    for i in range(3):
        yield i * i
print(sum(gen_expr_like()), max(gen_expr_like()), sorted(gen_expr_like(), reverse=True))
def uses_locals():
    total = 0
    for i in range(1, 4):
        total += i
        yield total
print(list(uses_locals()))
g3 = (x for x in [])
print(type(g3).__name__, list(g3))
