# Exceptions raised inside dunder methods propagate through builtins.
class BadEq:
    def __eq__(self, o):
        raise ValueError("eq failed")
    __hash__ = object.__hash__
try:
    [1, BadEq()].index(2)
except ValueError as e:
    print("index:", e)
try:
    BadEq() in [1, 2]
except ValueError as e:
    print("in:", e)
class BadHash:
    def __hash__(self):
        raise TypeError("no hash for you")
for op in (lambda: {BadHash(): 1}, lambda: {BadHash()}, lambda: hash(BadHash())):
    try:
        op()
    except TypeError as e:
        print("hash:", e)
data = [3, 1, 2]
def key(x):
    if x == 2:
        raise KeyError("key fn")
    return x
try:
    data.sort(key=key)
except KeyError as e:
    print("sort:", repr(e), data)
class BadIter:
    def __iter__(self):
        yield 1
        raise RuntimeError("mid-iteration")
try:
    list(BadIter())
except RuntimeError as e:
    print("iter:", e)
out = []
try:
    for x in BadIter():
        out.append(x)
except RuntimeError:
    print("partial:", out)
class BadLen:
    def __len__(self):
        raise ZeroDivisionError("len failed")
try:
    bool(BadLen())
except ZeroDivisionError as e:
    print("bool via len:", e)
class BadRepr:
    def __repr__(self):
        raise AttributeError("repr broke")
try:
    print([BadRepr()])
except AttributeError as e:
    print("repr in list:", e)
class BadGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(BadGetattr(), "x")
except KeyError as e:
    print("hasattr propagates non-AttributeError:", repr(e))
class BadInit:
    def __init__(self):
        raise IOError("init failed")
try:
    BadInit()
except OSError as e:
    print("init:", type(e).__name__, e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise ValueError("exit failed")
try:
    with BadExit():
        raise KeyError("body")
except ValueError as e:
    print("exit:", e, "context:", repr(e.__context__))
print(sorted([3, 1, 2], key=lambda v: -v))
