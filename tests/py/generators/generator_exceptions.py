# Exceptions flowing into and out of generators.
def risky():
    yield 1
    raise ValueError("inside generator")
    yield 2
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("caught", e)
print(next(g, "generator is finished"))
def guarded(items):
    for x in items:
        try:
            yield 10 / x
        except ZeroDivisionError:
            yield "div0"
print(list(guarded([1, 0, 5])))
def safe_div(items):
    for x in items:
        try:
            v = 10 / x
        except ZeroDivisionError:
            continue
        yield v
print(list(safe_div([2, 0, 4])))
def resilient():
    while True:
        try:
            yield "ok"
        except KeyError as e:
            print("absorbed", repr(e))
r = resilient()
next(r)
print(r.throw(KeyError("k1")))
print(r.throw(KeyError("k2")))
try:
    r.throw(TypeError("not absorbed"))
except TypeError as e:
    print("escaped:", e)
def ctx():
    try:
        yield
    except Exception as e:
        print("generator saw", type(e).__name__)
        raise RuntimeError("converted") from e
c = ctx()
next(c)
try:
    c.throw(OSError("io"))
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
def tb_gen():
    yield
try:
    t = tb_gen()
    next(t)
    t.throw(ValueError("with context"))
except ValueError as e:
    print("thrown back:", e, e.__traceback__ is not None)
def exc_in_genexpr():
    return list(int(s) for s in ["1", "x"])
try:
    exc_in_genexpr()
except ValueError as e:
    print("ValueError", e)
