# N threads append to and pop from one shared list. Checks: no crash, final
# length = appends - successful pops, and the multiset of (remaining + popped)
# items equals the multiset of appended items.
from _common import Checker, run_threads, size

NTHREADS = 8
PER_THREAD = size(20000)

shared = []
popped = [[] for _ in range(NTHREADS)]


def worker(tid):
    out = popped[tid]
    for i in range(PER_THREAD):
        shared.append((tid, i))
        if i % 3 == 2:
            try:
                out.append(shared.pop())
            except IndexError:
                pass
        if i % 7 == 6:
            try:
                out.append(shared.pop(0))
            except IndexError:
                pass
        if i % 50 == 0:
            # A marker that a pop() in another thread may take first.
            shared.insert(0, (tid, -i - 1))
            try:
                shared.remove((tid, -i - 1))
            except ValueError:
                pass


c = Checker('list_append_pop')
run_threads(worker, NTHREADS)
popped = [[x for x in p if x[1] >= 0] for p in popped]   # drop markers
c.check(all(i >= 0 for _, i in shared), 'markers left in the list')
total_popped = sum(len(p) for p in popped)
c.check(len(shared) + total_popped == NTHREADS * PER_THREAD,
        'length %d + popped %d != %d' % (len(shared), total_popped, NTHREADS * PER_THREAD))
everything = list(shared)
for p in popped:
    everything.extend(p)
everything.sort()
expected = sorted((t, i) for t in range(NTHREADS) for i in range(PER_THREAD))
if everything != expected:
    seen = {}
    for x in everything:
        seen[x] = seen.get(x, 0) + 1
    missing = [x for x in expected if x not in seen]
    dups = [x for x, n in seen.items() if n > 1]
    c.check(False, 'item multiset differs: %d missing (e.g. %r), %d duplicated (e.g. %r)'
            % (len(missing), missing[:3], len(dups), dups[:3]))
# Each thread's own items must stay in append order within the list.
last = {}
for t, i in shared:
    c.check(last.get(t, -1) < i, 'order of thread %d broken at %d' % (t, i))
    last[t] = i
c.finish('threads=%d appends=%d' % (NTHREADS, NTHREADS * PER_THREAD))
