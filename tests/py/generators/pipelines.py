# Generator pipelines: interleaved execution order and lazy chaining.
def numbers(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i
def squares(src):
    for x in src:
        print(f"  square {x}")
        yield x * x
def evens(src):
    for x in src:
        if x % 2 == 0:
            print(f"  pass {x}")
            yield x
pipeline = evens(squares(numbers(5)))
print("pipeline built")
for v in pipeline:
    print("consumer got", v)
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, squares(naturals()))))
def moving_average(src, k):
    window = []
    for x in src:
        window.append(x)
        if len(window) > k:
            window.pop(0)
        yield sum(window) / len(window)
print(list(moving_average([1, 2, 3, 4, 5, 6], 3)))
def grep(pattern):
    print("grep ready")
    try:
        while True:
            line = yield
            if pattern in line:
                print("match:", line)
    except GeneratorExit:
        print("grep closing")
gp = grep("py")
next(gp)
for line in ["python", "ruby", "pypy", "go"]:
    gp.send(line)
gp.close()
def chunked(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunked(range(7), 3)))
