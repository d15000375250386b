# yield from: delegation of values, send, throw, close, return values.
def sub(n):
    for i in range(n):
        x = yield i
        if x:
            print("sub got", x)
    return f"sub({n}) done"
def delegator():
    r1 = yield from sub(2)
    print("r1 =", r1)
    r2 = yield from sub(1)
    print("r2 =", r2)
    return "all done"
g = delegator()
print(next(g))
print(g.send("ping"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(delegator()))
def catcher():
    try:
        yield 1
        yield 2
    except KeyError as e:
        print("inner caught", repr(e))
        yield "from except"
def outer():
    yield from catcher()
    yield "outer continues"
o = outer()
print(next(o), o.throw(KeyError("x")), next(o))
def closer():
    try:
        yield 1
    finally:
        print("inner finally on close")
def outer2():
    try:
        yield from closer()
    finally:
        print("outer finally on close")
o2 = outer2()
next(o2)
o2.close()
print(list(x for x in (yield_val for yield_val in range(2))))
def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def from_iterables():
    yield from [1, 2]
    yield from (3, 4)
    yield from range(5, 7)
    yield from {"k": 8}
    yield from "xy"
print(list(from_iterables()))
class Iter:
    def __iter__(self):
        return iter([10, 20])
def from_custom():
    r = yield from Iter()
    print("return from non-generator is", r)
print(list(from_custom()))
