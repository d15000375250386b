# re: long (catastrophically backtracking) matches stay interruptible: a
# signal handler runs during matching and its exception propagates.
import re
import signal
import time


class Timeout(Exception):
    pass


def handler(signum, frame):
    raise Timeout("regex took too long")


signal.signal(signal.SIGALRM, handler)
for name, call in [
    ("match", lambda: re.match(r"(a*)*b", "a" * 40)),
    ("sub", lambda: re.sub(r"(x+x+)+y", "-", "x" * 40)),
    ("findall", lambda: re.findall(r"(?:a|aa)+b", "a" * 60)),
    ("fullmatch", lambda: re.fullmatch(r"(\w+\s?)*", "word " * 10 + "!")),
]:
    signal.alarm(1)
    t0 = time.time()
    try:
        call()
        print(name, "finished")
    except Timeout as e:
        print(name, "interrupted:", e, time.time() - t0 < 10)
signal.alarm(0)
print(re.match(r"(a*)*b", "aaab").span())
