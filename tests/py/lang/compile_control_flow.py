# Compiler: finally blocks run on every exit path; break/continue/return unwinding.
def f1():
    try:
        return "try"
    finally:
        print("finally 1")

def f2():
    try:
        return "try"
    finally:
        return "finally wins"

def f3():
    for i in range(3):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else")
    return i

def f4():
    while True:
        try:
            try:
                raise ValueError("v")
            finally:
                print("inner finally")
        except ValueError as e:
            print("caught", e)
            break
    try:
        e
    except NameError:
        print("e unbound after handler")

def f5():
    try:
        raise KeyError("k")
    except (TypeError, KeyError) as err:
        try:
            raise RuntimeError("inner")
        except RuntimeError as inner:
            print("context:", repr(inner.__context__))
        return type(err).__name__
    finally:
        print("f5 finally")

def f6():
    for x in range(3):
        try:
            pass
        finally:
            if x == 1:
                break
    return x

def f7():
    try:
        raise TypeError("t")
    finally:
        return "swallowed"

import sys
def f8():
    try:
        raise ValueError(1)
    except ValueError:
        print("exc_info inside:", sys.exc_info()[0].__name__)
    print("exc_info after:", sys.exc_info())

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, "->", f())

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()

class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return self.suppress

with CM("a") as a, CM("b", suppress=True) as b:
    print("inside", a, b)
    raise ValueError("suppressed by b")
print("after with")

def wret():
    with CM("r"):
        return "returned"
print(wret())
for i in range(2):
    with CM("loop%d" % i):
        if i == 0:
            continue
        break
try:
    with CM("x"):
        raise KeyError("boom")
except KeyError as k:
    print("propagated", k)
