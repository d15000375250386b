# Generator lifecycle: inspect.getgeneratorstate, gi_frame, gi_yieldfrom, close on finished.
import inspect
def g():
    yield 1
    yield 2
gen = g()
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen), gen.gi_frame is not None, gen.gi_frame.f_lineno)
next(gen)
try:
    next(gen)
except StopIteration:
    pass
print(inspect.getgeneratorstate(gen), gen.gi_frame)
gen.close()
gen2 = g()
gen2.close()
print(inspect.getgeneratorstate(gen2))
def outer():
    yield from g()
o = outer()
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
def watcher():
    state = yield inspect.getgeneratorstate(w)
    yield state
w = watcher()
print(next(w))
print(inspect.isgenerator(w), inspect.isgeneratorfunction(watcher), inspect.isgeneratorfunction(outer), inspect.isgenerator(watcher))
print(g.__code__.co_flags & 0x20 != 0)
def finished_close():
    try:
        yield 1
    finally:
        print("finally once")
fc = finished_close()
list(fc)
fc.close()
print("close on finished generator is a no-op")
def gen_locals():
    a = 1
    yield
    b = 2
    yield
gl = gen_locals()
next(gl)
print(sorted(gl.gi_frame.f_locals))
next(gl)
print(sorted(gl.gi_frame.f_locals))
