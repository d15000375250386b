# Shared helpers of the stress scripts: problem sizes (scaled by the
# WEFT_STRESS_SCALE environment variable, or enlarged by --long) and the
# invariant checker that prints the final "OK ..." line or fails the run.
import os
import sys
import threading

LONG = '--long' in sys.argv
SCALE = float(os.environ.get('WEFT_STRESS_SCALE', '1'))


# Exceptions that escaped any thread (recorded by the hook below) count as
# violations.
THREAD_ERRORS = []
_default_excepthook = threading.excepthook


def _record_thread_exception(args):
    THREAD_ERRORS.append('%s in thread %s: %s' % (
        args.exc_type.__name__, args.thread.name if args.thread else '?', args.exc_value))
    _default_excepthook(args)


threading.excepthook = _record_thread_exception


def size(normal, long=None, minimum=1):
    """Problem size: `normal` (or `long` with --long), times the scale."""
    n = long if (LONG and long is not None) else normal
    return max(minimum, int(n * SCALE))


def run_threads(target, count, args_of=lambda i: (i,), start_together=True):
    """Runs target(*args_of(i)) in `count` threads, started behind a barrier so
    that they really overlap, and joins them all."""
    barrier = threading.Barrier(count) if start_together else None

    def body(*args):
        if barrier is not None:
            barrier.wait()
        target(*args)

    threads = [threading.Thread(target=body, args=args_of(i)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


class Checker:
    """Collects invariant violations; finish() prints the verdict."""

    def __init__(self, name):
        self.name = name
        self.errors = []
        self.lock = threading.Lock()

    def check(self, ok, message):
        if not ok:
            with self.lock:
                self.errors.append(message)
        return ok

    def finish(self, summary):
        self.errors.extend(THREAD_ERRORS)
        if self.errors:
            counts = {}
            for e in self.errors:
                counts[e] = counts.get(e, 0) + 1
            for e in list(counts)[:20]:
                print('FAIL %s: %s%s' % (self.name, e, ' (x%d)' % counts[e] if counts[e] > 1 else ''))
            print('FAILED %s: %d violation(s)' % (self.name, len(self.errors)))
            sys.stdout.flush()
            sys.exit(1)
        print('OK %s %s' % (self.name, summary))
