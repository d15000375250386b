# concurrent.futures under load: several ThreadPoolExecutors fed from several
# submitting threads, results via as_completed/map/wait and done-callbacks,
# cancellation with shutdown(cancel_futures=True). Checks every task ran (or
# was cancelled) exactly once and every callback fired once.
import threading
import time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED
from _common import Checker, size

TASKS = size(2000)
SUBMITTERS = 4
c = Checker('thread_pool')
ran = []


def expected_keys():
    return [(s, i) for s in range(SUBMITTERS) for i in range(TASKS)]

callbacks = []


def task(k):
    ran.append(k)
    return k


with ThreadPoolExecutor(max_workers=6) as pool:
    futures = [[] for _ in range(SUBMITTERS)]

    def submitter(s):
        for i in range(TASKS):
            f = pool.submit(task, (s, i))
            f.add_done_callback(lambda f, key=(s, i): callbacks.append(key))
            futures[s].append(f)

    ts = [threading.Thread(target=submitter, args=(s,)) for s in range(SUBMITTERS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    allf = [f for fs in futures for f in fs]
    got = sorted(f.result() for f in as_completed(allf, timeout=300))
    c.check(got == sorted(expected_keys()), 'as_completed results differ')
    done, not_done = wait(allf, return_when=ALL_COMPLETED)
    c.check(not not_done and len(done) == len(allf), 'wait() left %d futures' % len(not_done))
    squares = list(pool.map(lambda x: x * x, range(TASKS), chunksize=7))
    c.check(squares == [x * x for x in range(TASKS)], 'map results out of order')

expected = sorted((s, i) for s in range(SUBMITTERS) for i in range(TASKS))
c.check(sorted(ran) == expected, 'tasks ran %d times for %d tasks' % (len(ran), len(expected)))
c.check(len(got) == len(expected), 'as_completed yielded %d results' % len(got))
c.check(sorted(callbacks) == expected, 'callbacks fired %d times' % len(callbacks))

# Cancellation: a blocked single worker, queued tasks cancelled at shutdown.
gate = threading.Event()
pool = ThreadPoolExecutor(max_workers=1)
first = pool.submit(gate.wait, 60)
while not first.running():        # the worker must own it before we cancel the rest
    time.sleep(0.001)
rest = [pool.submit(task, ('late', i)) for i in range(50)]
pool.shutdown(wait=False, cancel_futures=True)
gate.set()
c.check(first.result(timeout=60) is True, 'first task')
c.check(all(f.cancelled() for f in rest), 'queued futures not cancelled')
c.check(not [k for k in ran if k[0] == 'late'], 'cancelled task ran')
pool.shutdown(wait=True)
c.finish('submitters=%d tasks=%d' % (SUBMITTERS, len(expected)))
