# with statement: __enter__/__exit__ order, exception suppression, multiple managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress

with CM("a") as x:
    print("body", x)

with CM("a") as x, CM("b") as y:
    print("body", x, y)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("boom")
    print("not reached")
print("after suppressed")

try:
    with CM("nosup"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with (CM("p1") as p, CM("p2")):
    print("parenthesized", p)

def early_return():
    with CM("ret"):
        return "returned"
print(early_return())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NotCM:
    pass
try:
    with NotCM():
        pass
except TypeError as e:
    print("TypeError", e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)

with CM("target") as (t):
    print(t)
lst = [0, 0]
with CM("sub") as lst[1]:
    pass
print(lst)
