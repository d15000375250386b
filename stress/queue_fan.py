# queue fan-in/fan-out: P producers feed one bounded Queue read by C consumers,
# results fan back in through a SimpleQueue; also LIFO/priority queues and
# task_done()/join(). Checks every item is received exactly once.
import queue
import threading
from _common import Checker, size

P, C = 4, 4
PER_PRODUCER = size(10000)
c = Checker('queue_fan')

work = queue.Queue(maxsize=64)
results = queue.SimpleQueue()


def producer(p):
    for i in range(PER_PRODUCER):
        work.put((p, i))


def consumer():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        results.put(item)
        work.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(P)]
consumers = [threading.Thread(target=consumer) for _ in range(C)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
work.join()
c.check(work.unfinished_tasks == 0, 'unfinished %d' % work.unfinished_tasks)
for _ in consumers:
    work.put(None)
for t in consumers:
    t.join()
got = []
while True:
    try:
        got.append(results.get_nowait())
    except queue.Empty:
        break
c.check(len(got) == P * PER_PRODUCER, 'received %d of %d' % (len(got), P * PER_PRODUCER))
c.check(sorted(got) == [(p, i) for p in range(P) for i in range(PER_PRODUCER)],
        'items lost or duplicated')
c.check(work.empty() and work.qsize() == 0, 'work queue not empty')

# Per-producer FIFO order is preserved for a single consumer.
q = queue.Queue()
seq = []


def single_consumer():
    for _ in range(P * PER_PRODUCER // 4):
        seq.append(q.get())


t = threading.Thread(target=single_consumer)
t.start()
ps = [threading.Thread(target=lambda p=p: [q.put((p, i)) for i in range(PER_PRODUCER // 4)])
      for p in range(P)]
for x in ps:
    x.start()
for x in ps + [t]:
    x.join()
last = {}
for p, i in seq:
    c.check(last.get(p, -1) < i, 'FIFO order of producer %d' % p)
    last[p] = i

# Priority and LIFO queues drained concurrently still hand out each item once.
for cls in (queue.PriorityQueue, queue.LifoQueue):
    pq = cls()
    n = PER_PRODUCER
    for i in range(n):
        pq.put(i)
    taken = [[] for _ in range(C)]

    def drain(k, pq=pq):
        while True:
            try:
                taken[k].append(pq.get(timeout=0.05))
            except queue.Empty:
                return

    ts = [threading.Thread(target=drain, args=(k,)) for k in range(C)]
    for x in ts:
        x.start()
    for x in ts:
        x.join()
    allt = sorted(v for lst in taken for v in lst)
    c.check(allt == list(range(n)), '%s lost/duplicated items' % cls.__name__)
    if cls is queue.PriorityQueue:
        for lst in taken:
            c.check(lst == sorted(lst), 'priority order within one consumer')

# Timeouts and non-blocking calls.
bq = queue.Queue(1)
bq.put(0)
try:
    bq.put(1, timeout=0.01)
    c.check(False, 'put on full queue did not time out')
except queue.Full:
    pass
try:
    queue.Queue().get(timeout=0.01)
    c.check(False, 'get on empty queue did not time out')
except queue.Empty:
    pass
c.finish('producers=%d consumers=%d items=%d' % (P, C, P * PER_PRODUCER))
