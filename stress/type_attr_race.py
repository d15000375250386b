# Threads reading class attributes (through the MRO lookup cache) while another
# thread rebinds them, assigns dunders (slot refresh) and creates subclasses.
# Every read must see one of the values written; the run must not crash.
import threading

class Base:
    x = 0
    def m(self):
        return self.x

class Mid(Base):
    pass

N = 10000
errors = []

def writer():
    for i in range(N):
        Base.x = i
        if i % 100 == 0:
            Base.__add__ = lambda self, o, i=i: i
            Mid.y = i

def reader():
    obj = Mid()
    last = -1
    for i in range(N):
        v = obj.m()
        if not isinstance(v, int) or v < 0 or v >= N:
            errors.append(v)
        if i % 50 == 0:
            cls = type("Dyn", (Mid,), {"z": i})
            if cls().z != i:
                errors.append(("z", i))
        if hasattr(Base, "__add__"):
            r = obj + obj
            if not isinstance(r, int):
                errors.append(("add", r))

threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors", errors[:5])
print("final", Base.x)
