# Starts 2,000 short-lived threads (10,000 with --long), at most 64 alive at a
# time, each doing a little allocation and returning a value through a shared
# dict. Checks every thread ran exactly once and the thread registry drains.
import threading
from _common import Checker, size

TOTAL = size(2000, long=10000)
WINDOW = 64
c = Checker('many_short_threads')
results = {}
ran = [0]
lock = threading.Lock()


def body(i):
    data = [i] * 10
    tmp = {'k': data, 's': str(i)}
    results[i] = sum(tmp['k'])
    with lock:
        ran[0] += 1


alive = []
for i in range(TOTAL):
    t = threading.Thread(target=body, args=(i,), name='short-%d' % i)
    t.start()
    alive.append(t)
    if len(alive) >= WINDOW:
        for t in alive:
            t.join()
        alive = []
for t in alive:
    t.join()
c.check(ran[0] == TOTAL, 'ran %d of %d' % (ran[0], TOTAL))
c.check(len(results) == TOTAL and all(results[i] == 10 * i for i in range(TOTAL)),
        'results wrong')
c.check(threading.active_count() == 1, 'active_count %d' % threading.active_count())
c.check(len(threading.enumerate()) == 1, 'enumerate %r' % threading.enumerate()[:3])
c.finish('threads=%d' % TOTAL)
