# A deterministic round-robin scheduler driving generator-based tasks with send().
from collections import deque
class Scheduler:
    def __init__(self):
        self.ready = deque()
        self.log = []
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
    def run(self):
        while self.ready:
            name, gen, value = self.ready.popleft()
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"{name} finished -> {stop.value!r}")
                continue
            if request == "yield":
                self.ready.append((name, gen, None))
            elif isinstance(request, tuple) and request[0] == "spawn":
                child_name, child = request[1], request[2]
                self.spawn(child_name, child)
                self.ready.append((name, gen, child_name))
            elif isinstance(request, tuple) and request[0] == "echo":
                self.ready.append((name, gen, request[1].upper()))
def worker(name, steps):
    total = 0
    for i in range(steps):
        print(f"{name} step {i}")
        total += i
        yield "yield"
    return total
def parent():
    child = yield ("spawn", "child", worker("child", 2))
    print("parent spawned", child)
    reply = yield ("echo", "hello")
    print("parent got", reply)
    yield "yield"
    return "parent done"
s = Scheduler()
s.spawn("A", worker("A", 3))
s.spawn("B", worker("B", 1))
s.spawn("P", parent())
s.run()
print(s.log)
print(sorted(s.results.items()))
def averager():
    total, n, avg = 0.0, 0, None
    while True:
        x = yield avg
        if x is None:
            return (n, avg)
        total += x
        n += 1
        avg = total / n
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
