import os, signal
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
r, w = os.pipe()
signal.alarm(1)
import threading, time
def writer():
    time.sleep(1.5)
    os.write(w, b"late data")
threading.Thread(target=writer).start()
print(os.read(r, 100), hits)
os.close(r); os.close(w)
