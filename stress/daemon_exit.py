# Daemon threads still running (computing, allocating, blocked on a lock,
# sleeping) when the main thread finishes: the process must exit promptly
# with status 0 and print only the main thread's verdict.
import threading
import time
from _common import Checker

c = Checker('daemon_exit')
started = threading.Semaphore(0)
never = threading.Lock()
never.acquire()
shared = []


def spinner():
    started.release()
    n = 0
    while True:
        n += 1
        shared.append(n)
        if len(shared) > 1000:
            del shared[:500]


def blocker():
    started.release()
    never.acquire()


def sleeper():
    started.release()
    while True:
        time.sleep(0.001)


def allocator():
    started.release()
    while True:
        d = {i: str(i) for i in range(100)}
        class Tmp:
            pass
        Tmp.d = d


kinds = [spinner, blocker, sleeper, allocator]
threads = [threading.Thread(target=k, daemon=True) for k in kinds for _ in range(2)]
for t in threads:
    t.start()
for _ in threads:
    started.acquire()
time.sleep(0.05)
c.check(all(t.is_alive() for t in threads), 'a daemon thread died early')
c.check(all(t.daemon for t in threads), 'daemon flag lost')
c.finish('daemons=%d' % len(threads))
