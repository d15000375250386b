# Many threads write and read attributes of one shared instance (dict-backed
# and __slots__-backed), adding and deleting attributes so the instance dict
# resizes under readers. Checks: every read sees a value some thread wrote,
# final per-thread attributes equal their last write.
from _common import Checker, run_threads, size

NTHREADS = 8
ITERS = size(20000)


class Plain:
    pass


class Slotted:
    __slots__ = ('a', 'b')


obj = Plain()
obj.shared = 0
slotted = Slotted()
slotted.a = 0
slotted.b = 0
c = Checker('instance_attr_writes')


def worker(tid):
    name = 'own_%d' % tid
    for i in range(ITERS):
        setattr(obj, name, i)
        obj.shared = tid * ITERS + i
        v = obj.shared
        if not (isinstance(v, int) and 0 <= v < NTHREADS * ITERS):
            c.check(False, 'shared read %r' % (v,))
        if getattr(obj, name) != i:
            c.check(False, 'own attribute of %d lost at %d' % (tid, i))
        slotted.a = i
        slotted.b = -i
        if not (0 <= slotted.a < ITERS and -ITERS < slotted.b <= 0):
            c.check(False, 'slot read')
        if i % 100 == 0:
            tmp = 'tmp_%d_%d' % (tid, i % 1000)
            setattr(obj, tmp, i)
            delattr(obj, tmp)


run_threads(worker, NTHREADS)
for t in range(NTHREADS):
    c.check(getattr(obj, 'own_%d' % t) == ITERS - 1, 'final own_%d' % t)
names = sorted(k for k in vars(obj) if k.startswith('tmp_'))
c.check(names == [], 'leftover temporaries %r' % names[:5])
c.check(slotted.a == ITERS - 1 and slotted.b == -(ITERS - 1), 'final slots')
c.finish('threads=%d writes=%d attrs=%d' % (NTHREADS, NTHREADS * ITERS * 4, len(vars(obj))))
