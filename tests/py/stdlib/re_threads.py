# re: compiled patterns, the module cache and match objects are shared safely
# between threads.
import re
import threading

pat = re.compile(r"(\w+)@(\w+)\.com")
text = " ".join("user%d@host%d.com" % (i, i) for i in range(500))
errors = []
counts = []
lock = threading.Lock()

def work(n):
    try:
        for i in range(20):
            found = pat.findall(text)
            out = re.sub(r"(\d+)", lambda m: str(int(m.group()) + n), text)
            p = re.compile("x%d_(y+)" % (i % 7))
            m = p.search("zzx%d_yyy" % (i % 7))
            with lock:
                counts.append((len(found), len(out) >= len(text), m.group(1)))
    except Exception as e:
        errors.append(e)

threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, len(counts), set(counts))
shared = pat.search(text)
results = []
def use_match():
    results.append((shared.group(1), shared.span(), shared.groups()))
ts = [threading.Thread(target=use_match) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results)
re.purge()
print(re.compile("a") is not None)
