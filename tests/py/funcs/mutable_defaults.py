# Default values are evaluated once at definition time.
def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)
def counter(_cache={"n": 0}):
    _cache["n"] += 1
    return _cache["n"]
print(counter(), counter(), counter())
import itertools
_ids = itertools.count(1)
def stamp(i=next(_ids)):
    return i
print(stamp(), stamp(), next(_ids))
value = 10
def snapshot(v=value):
    return v
value = 20
print(snapshot())
def fresh(target=None):
    if target is None:
        target = []
    target.append(1)
    return target
print(fresh(), fresh())
class Bag:
    def __init__(self, items=[]):
        self.items = items
    def add(self, x):
        self.items.append(x)
b1, b2 = Bag(), Bag()
b1.add("shared!")
print(b2.items, b1.items is b2.items)
def kw_default(*, opts={}):
    opts.setdefault("calls", 0)
    opts["calls"] += 1
    return opts
kw_default(); kw_default()
print(kw_default.__kwdefaults__)
def default_of_default(a, b=None, c=(1, 2)):
    return a, b, c
print(default_of_default(0), default_of_default.__defaults__)
