# Many threads import the same freshly written modules at the same moment
# (module bodies sleep to widen the window, one module imports another).
# Checks each module body ran exactly once and every thread got the same,
# fully initialised module object.
import os
import shutil
import sys
import threading
import __main__
from _common import Checker, size

NTHREADS = 8
NMODULES = size(6, minimum=2)
c = Checker('concurrent_import')
__main__.BODY_RUNS = {}
__main__.BODY_LOCK = threading.Lock()

tmpdir = '/tmp/weft_stress_import_%d' % os.getpid()
os.makedirs(tmpdir, exist_ok=True)
for m in range(NMODULES):
    with open(os.path.join(tmpdir, 'stress_mod_%d.py' % m), 'w') as f:
        f.write(
            'import time\n'
            'import __main__\n'
            'with __main__.BODY_LOCK:\n'
            '    __main__.BODY_RUNS[__name__] = __main__.BODY_RUNS.get(__name__, 0) + 1\n'
            '%s'
            'time.sleep(0.02)\n'
            'VALUE = %d\n'
            'def f():\n'
            '    return VALUE * 2\n' % (
                'import stress_mod_%d as dep\n' % (m - 1) if m else '', m))
sys.path.insert(0, tmpdir)
got = [[None] * NMODULES for _ in range(NTHREADS)]
barrier = threading.Barrier(NTHREADS)


def importer(tid):
    barrier.wait()
    order = range(NMODULES) if tid % 2 == 0 else reversed(range(NMODULES))
    for m in order:
        mod = __import__('stress_mod_%d' % m)
        if getattr(mod, 'VALUE', None) != m or mod.f() != 2 * m:
            c.check(False, 'thread %d saw a half-initialised stress_mod_%d' % (tid, m))
        got[tid][m] = mod


threads = [threading.Thread(target=importer, args=(i,)) for i in range(NTHREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    for m in range(NMODULES):
        name = 'stress_mod_%d' % m
        c.check(__main__.BODY_RUNS.get(name) == 1,
                '%s body ran %r times' % (name, __main__.BODY_RUNS.get(name)))
        mods = set(id(got[t][m]) for t in range(NTHREADS))
        c.check(len(mods) == 1 and got[0][m] is sys.modules[name], '%s: several module objects' % name)
finally:
    sys.path.remove(tmpdir)
    shutil.rmtree(tmpdir, ignore_errors=True)
c.finish('threads=%d modules=%d' % (NTHREADS, NMODULES))
