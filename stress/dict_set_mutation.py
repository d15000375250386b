# N threads insert, update and delete keys in one dict and one set; each thread
# owns its own key range but all share the same containers (so resizes race).
# Checks: final contents exactly the surviving keys, counters exact, iteration
# and len() consistent, no crash.
from _common import Checker, run_threads, size

NTHREADS = 8
PER_THREAD = size(20000)

d = {}
s = set()
counter = {'hits': 0}
c = Checker('dict_set_mutation')


def worker(tid):
    base = tid * PER_THREAD
    for i in range(PER_THREAD):
        k = base + i
        d[k] = i
        s.add(k)
        d[('t', tid)] = i               # one hot key per thread, many writes
        if i % 2:
            del d[k]
            s.discard(k)
        if i % 1000 == 0:
            # Readers racing with resizes must see coherent snapshots.
            try:
                snapshot = list(d.items())
            except RuntimeError as e:
                # CPython never raises here: a copy of a dict is atomic.
                c.check(False, 'list(d.items()) raised %r while other threads resized d' % e)
                snapshot = []
            for key, value in snapshot:
                if isinstance(key, int) and value != key % PER_THREAD:
                    c.check(False, 'bad value %r for %r' % (value, key))
            for what, copy in (('d.copy()', d.copy), ('set(s)', lambda: set(s)),
                               ('sorted(s, key=str)', lambda: sorted(s, key=str))):
                try:
                    copy()
                except RuntimeError as e:
                    c.check(False, '%s raised %r while other threads resized it' % (what, e))
        d.setdefault('shared', 0)
        d.get(k - 1)
        (k in s)


run_threads(worker, NTHREADS)
expected = set(t * PER_THREAD + i for t in range(NTHREADS) for i in range(0, PER_THREAD, 2))
c.check(s == expected, 'set has %d items, expected %d' % (len(s), len(expected)))
int_keys = set(k for k in d if isinstance(k, int))
c.check(int_keys == expected, 'dict has %d int keys, expected %d' % (len(int_keys), len(expected)))
for t in range(NTHREADS):
    c.check(d[('t', t)] == PER_THREAD - 1, 'hot key of thread %d is %r' % (t, d[('t', t)]))
c.check(len(d) == len(expected) + NTHREADS + 1, 'len(d) = %d' % len(d))
c.check(all(d[k] == k % PER_THREAD for k in expected), 'dict values')
c.finish('threads=%d keys=%d survivors=%d' % (NTHREADS, NTHREADS * PER_THREAD, len(expected)))
