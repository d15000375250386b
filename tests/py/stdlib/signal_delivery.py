import signal, os, time
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(("alarm", s)))
signal.setitimer if hasattr(signal, "setitimer") else None
signal.alarm(1)
t0 = time.monotonic()
time.sleep(1.5)
print(hits, time.monotonic() - t0 >= 1.4)
class Timeout(Exception):
    pass
def raiser(s, f):
    raise Timeout("alarm fired")
signal.signal(signal.SIGALRM, raiser)
signal.alarm(1)
try:
    while True:
        pass
except Timeout as e:
    print("caught", e)
signal.alarm(1)
try:
    time.sleep(5)
except Timeout as e:
    print("sleep interrupted", e)
got = []
signal.signal(signal.SIGINT, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGINT)
x = 0
for i in range(100000):
    x += i
print(got)
signal.signal(signal.SIGINT, signal.SIG_DFL)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    for i in range(100000):
        pass
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
