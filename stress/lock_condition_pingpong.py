# Two-party and N-party hand-offs: a Condition ping-pong between two threads
# (strict alternation), an RLock-protected counter, and a token passed round a
# ring of threads with one Lock per thread. Checks exact counts and ordering.
import threading
from _common import Checker, run_threads, size

ROUNDS = size(5000)
c = Checker('lock_condition_pingpong')

# 1. Condition ping-pong: turn alternates between 0 and 1.
cond = threading.Condition()
state = {'turn': 0, 'log_ok': True, 'count': 0}


def player(me):
    for _ in range(ROUNDS):
        with cond:
            while state['turn'] != me:
                cond.wait()
            if state['count'] % 2 != me:
                state['log_ok'] = False
            state['count'] += 1
            state['turn'] = 1 - me
            cond.notify()


run_threads(player, 2)
c.check(state['log_ok'], 'ping-pong alternation broken')
c.check(state['count'] == 2 * ROUNDS, 'ping-pong count %d' % state['count'])

# 2. RLock counter (re-entered) incremented by 8 threads.
rlock = threading.RLock()
box = [0]


def incr(tid):
    for _ in range(ROUNDS):
        with rlock:
            with rlock:
                box[0] += 1


run_threads(incr, 8)
c.check(box[0] == 8 * ROUNDS, 'rlock counter %d' % box[0])

# 3. Token ring: thread i waits on lock i, then releases lock i+1.
RING = 6
locks = [threading.Lock() for _ in range(RING)]
for lk in locks:
    lk.acquire()
trace = []


def ring(i):
    for r in range(ROUNDS // 10):
        locks[i].acquire()
        trace.append(i)
        locks[(i + 1) % RING].release()


threads = [threading.Thread(target=ring, args=(i,)) for i in range(RING)]
for t in threads:
    t.start()
locks[0].release()
for t in threads:
    t.join()
c.check(trace == list(range(RING)) * (ROUNDS // 10), 'token ring order broken')

# 4. Semaphore bounds concurrency.
sem = threading.BoundedSemaphore(3)
inside = [0, 0]
gate = threading.Lock()


def bounded(tid):
    for _ in range(ROUNDS // 10):
        with sem:
            with gate:
                inside[0] += 1
                inside[1] = max(inside[1], inside[0])
            with gate:
                inside[0] -= 1


run_threads(bounded, 8)
c.check(inside[1] <= 3 and inside[0] == 0, 'semaphore bound %r' % inside)
c.finish('rounds=%d ring=%d' % (ROUNDS, len(trace)))
