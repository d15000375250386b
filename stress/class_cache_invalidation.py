# Concurrent class creation, class attribute writes and method-cache
# invalidation: threads call methods and read class attributes while another
# thread reassigns them (and swaps the method itself). Checks every call
# returns a value from the set of versions written, and the final state.
import threading
from _common import Checker, size

ITERS = size(20000)
NREADERS = 6
c = Checker('class_cache_invalidation')


class Base:
    version = 0

    def get(self):
        return ('m0', self.version)


class Child(Base):
    pass


def make_method(tag):
    def get(self):
        return (tag, self.version)
    return get


METHODS = [make_method('m%d' % k) for k in range(8)]
TAGS = set('m%d' % k for k in range(8))
stop = threading.Event()


def writer():
    for i in range(ITERS):
        Base.version = i
        if i % 16 == 0:
            Base.get = METHODS[(i // 16) % 8]
        if i % 64 == 0:
            Child.extra = i
            if hasattr(Child, 'gone'):
                del Child.gone
            else:
                Child.gone = i
    Base.version = ITERS
    Base.get = METHODS[0]
    stop.set()


def reader(tid):
    obj = Child() if tid % 2 else Base()
    last = -1
    n = 0
    while not stop.is_set() or n < 100:
        n += 1
        tag, v = obj.get()
        if tag not in TAGS or not (0 <= v <= ITERS):
            c.check(False, 'reader %d got %r' % (tid, (tag, v)))
        if v < last:
            c.check(False, 'reader %d saw version go back %d -> %d' % (tid, last, v))
        last = v


def class_maker(tid):
    made = []
    for i in range(ITERS // 20):
        cls = type('Dyn%d_%d' % (tid, i), (Child,), {'own': i, 'get2': lambda self: self.own})
        cls.own2 = -i
        inst = cls()
        if inst.get2() != i or inst.own2 != -i:
            c.check(False, 'new class %d/%d broken' % (tid, i))
        tag, v = inst.get()
        if tag not in TAGS:
            c.check(False, 'inherited method tag %r' % tag)
        made.append(cls)
    if len(set(made)) != len(made):
        c.check(False, 'duplicate classes')


threads = ([threading.Thread(target=writer)] +
           [threading.Thread(target=reader, args=(i,)) for i in range(NREADERS)] +
           [threading.Thread(target=class_maker, args=(i,)) for i in range(3)])
for t in threads:
    t.start()
for t in threads:
    t.join()
c.check(Base().get() == ('m0', ITERS) and Child().get() == ('m0', ITERS), 'final method state')
c.check(Child.extra == (ITERS - 1) // 64 * 64, 'final Child.extra %r' % Child.extra)
c.check(len(Base.__subclasses__()) == 1, 'Base subclasses %d' % len(Base.__subclasses__()))
c.finish('iters=%d readers=%d' % (ITERS, NREADERS))
