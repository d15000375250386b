# Objects created in one thread and dropped in another: producers build
# objects with __del__ (and containers of them) and hand them over through a
# queue; consumers drop them. Checks __del__ ran exactly once per object after
# all threads finished.
import gc
import queue
import threading
import time
from _common import Checker, size

NPROD, NCONS = 4, 4
PER = size(5000)
c = Checker('cross_thread_del')
# list.append is atomic, and __del__ may run at any point of the thread that
# frees the object (even while it holds a lock), so the finalizer takes none.
deleted_log = []


class Tracked:
    __slots__ = ('key', 'payload')

    def __init__(self, key):
        self.key = key
        self.payload = [key] * 4

    def __del__(self):
        deleted_log.append(self.key)


q = queue.Queue(maxsize=256)


def producer(p):
    for i in range(PER):
        key = (p, i)
        if i % 3 == 0:
            q.put([Tracked(key)])           # dropped with its container
        else:
            q.put(Tracked(key))


def consumer():
    kept = []
    while True:
        obj = q.get()
        if obj is None:
            break
        if len(kept) < 32:
            kept.append(obj)                 # released a bit later
        else:
            kept.clear()
        del obj


producers = [threading.Thread(target=producer, args=(p,)) for p in range(NPROD)]
consumers = [threading.Thread(target=consumer) for _ in range(NCONS)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
expected = NPROD * PER
# Free-threaded runtimes may finish a cross-thread release a little after the
# threads are joined (a biased reference count merged by its owner later), so
# give finalizers a grace period before judging.
deadline = time.monotonic() + 5.0
while len(deleted_log) < expected and time.monotonic() < deadline:
    gc.collect()
    time.sleep(0.01)
deleted = {}
for key in deleted_log:
    deleted[key] = deleted.get(key, 0) + 1
c.check(len(deleted) == expected, '__del__ ran for %d of %d objects' % (len(deleted), expected))
twice = [k for k, n in deleted.items() if n != 1]
c.check(not twice, '__del__ ran more than once for %d objects' % len(twice))
c.finish('objects=%d' % expected)
