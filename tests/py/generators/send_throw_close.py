# Generator send(), throw(), close() semantics.
def echo():
    print("echo started")
    received = None
    try:
        while True:
            try:
                received = yield received
                print("received", received)
            except ValueError as e:
                print("caught thrown", e)
                received = "recovered"
    finally:
        print("echo cleanup")
g = echo()
print(g.send(None))
print(g.send("hello"))
print(g.send(42))
print(g.throw(ValueError("bad")))
print(g.send("after"))
g.close()
print("closed; next ->", next(g, "stopped"))
g2 = echo()
try:
    g2.send("not None")
except TypeError as e:
    print("TypeError", e)
def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
acc = accumulator()
next(acc)
for n in [10, 20, 30]:
    print("running total", acc.send(n))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
def unhandled():
    yield 1
    yield 2
u = unhandled()
next(u)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(u, "dead after throw"))
fresh = unhandled()
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted:", e)
fresh2 = unhandled()
fresh2.close()
print(list(fresh2))
def running():
    yield g_self.gi_running
g_self = running()
print(next(g_self), g_self.gi_running)
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)
def tt():
    yield
t = tt()
try:
    t.throw(TypeError, "legacy signature")
except TypeError as e:
    print("TypeError", e)
