# StopIteration inside generators (PEP 479), in comprehensions, from next().
def gen_leak():
    yield 1
    raise StopIteration("leaked")
try:
    print(list(gen_leak()))
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
def gen_next():
    it = iter([])
    yield next(it)
try:
    list(gen_next())
except RuntimeError as e:
    print("RuntimeError", e)
def gen_return():
    yield 1
    return "retval"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", e.value)
def inner():
    yield 1
    return "inner result"
def outer():
    r = yield from inner()
    yield f"got {r}"
print(list(outer()))
it = iter([1, 2])
print([x for x in it], next(it, "exhausted"))
class Stops:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("custom stop")
print(list(Stops()), sum(Stops()))
def stop_in_gen_caught():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(stop_in_gen_caught()))
print(list(map(lambda x: x, [])), any(()), all(()))
def sa():
    raise StopAsyncIteration
try:
    sa()
except StopAsyncIteration as e:
    print(type(e).__name__, isinstance(e, Exception))
