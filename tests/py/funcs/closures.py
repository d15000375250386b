# Closures: captured cells, late binding, counters, closures over loop vars.
def make_adders():
    return [lambda x, n=n: x + n for n in range(3)], [lambda x: x + n for n in range(3)]
early, late = make_adders()
print([a(10) for a in early], [a(10) for a in late])
def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = counter(5)
inc(); inc(10)
print(get())
def shared():
    v = []
    def add(x):
        v.append(x)
    def show():
        return list(v)
    return add, show
add, show = shared()
add(1); add(2)
print(show())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "rebound"
    return middle()()
print(outer())
def cell_contents():
    a, b = 1, 2
    def uses():
        return a + b
    return uses
u = cell_contents()
print([c.cell_contents for c in u.__closure__], u.__code__.co_freevars)
def make_multiplier(k):
    def mul(x):
        return x * k
    mul.k = k
    return mul
triple = make_multiplier(3)
print(triple(7), triple.k, make_multiplier("ab")(2))
def accumulate():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
acc = accumulate()
print([acc(x) for x in [1, 2, 3, 4]])
x = "global"
def reads_global():
    def inner():
        return x
    return inner()
print(reads_global())
def closure_in_class():
    val = "captured"
    class K:
        attr = val
        def method(self):
            return val
    return K.attr, K().method()
print(closure_in_class())
def loop_closures():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 99
    return [f() for f in fs]
print(loop_closures())
