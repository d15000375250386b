import signal, os, time
print(signal.SIGINT, repr(signal.SIGINT), signal.SIG_DFL, repr(signal.SIG_IGN), signal.NSIG)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGTERM)))
print(signal.Signals.SIGTERM.name, signal.Signals(15), int(signal.SIGKILL), signal.Signals.SIGABRT)
print(len(signal.valid_signals()), signal.SIGUSR1 in signal.valid_signals())
got = []
def handler(sig, frame):
    got.append(sig)
old = signal.signal(signal.SIGUSR1, handler)
print(repr(old), signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(got)
os.kill(os.getpid(), signal.SIGUSR1)
for _ in range(1000):
    if len(got) == 2:
        break
print(got, type(got[0]).__name__)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler))
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.getsignal(signal.SIGUSR1)))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
def boom(sig, frame):
    raise ValueError("from handler %d" % sig)
signal.signal(signal.SIGUSR2, boom)
try:
    signal.raise_signal(signal.SIGUSR2)
except ValueError as e:
    print(e)
signal.signal(signal.SIGALRM, handler)
signal.alarm(1)
print(signal.alarm(0) >= 0)
for bad in [(0, handler), (100, handler), (signal.SIGUSR1, 5), (signal.SIGUSR1, "x")]:
    try:
        signal.signal(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print("OSError", e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
print(signal.set_wakeup_fd(-1), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
signal.signal(signal.SIGINT, signal.default_int_handler)
import threading
def worker():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print("thread:", e)
t = threading.Thread(target=worker); t.start(); t.join()
