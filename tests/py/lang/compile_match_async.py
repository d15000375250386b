# Compiler: match statements (all pattern kinds) and coroutines driven by hand.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as small:
            return f"small {small}"
        case -1:
            return "minus one"
        case 1.5 | 2j:
            return "float or complex"
        case "s" | b"b":
            return "str or bytes"
        case [x, y, *rest] if x == y:
            return f"pair-prefix {x} rest {rest}"
        case [x, *_, 9]:
            return f"ends in 9 from {x}"
        case (a, b):
            return f"two {a} {b}"
        case {"type": "click", "pos": (px, py), **extra}:
            return f"click {px},{py} {extra}"
        case {"type": t}:
            return f"event {t}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, y=0):
            return f"on x axis {xx}"
        case Point() as p:
            return f"point {p.x} {p.y}"
        case int(n) | float(n) if n > 100:
            return f"big {n}"
        case str() | bytes():
            return "other string"
        case [Point(x=0) | Point(y=0) as pt]:
            return f"single point on an axis {pt.x},{pt.y}"
        case _:
            return "something else"

for v in [None, True, 0, 1, -1, 1.5, 2j, "s", b"b", [3, 3, 4, 5], [1, 2, 9], [1, 2, 3], (7, 8),
          {"type": "click", "pos": (1, 2), "btn": 3}, {"type": "key"}, Point(0, 0), Point(0, 5),
          Point(5, 0), Point(2, 3), 500, 2.5e3, "zz", [Point(0, 7)], [Point(1, 1)], object]:
    print(repr(v) if not isinstance(v, (Point, list)) else type(v).__name__, "->", describe(v))

match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {}:
        print("empty mapping pattern matches any mapping")

def bind_then_fail(v):
    match v:
        case [a, 2] if False:
            pass
        case _:
            pass
    return a
print(bind_then_fail([1, 2]))

async def add(a, b):
    return a + b

class Ready:
    def __await__(self):
        value = yield "suspended"
        return value

async def main():
    r = await add(1, 2)
    got = await Ready()
    results = [await add(i, i) for i in range(3)]
    async with ACM() as v:
        print("in async with", v)
    async for item in AIter(3):
        print("async item", item)
    return r, got, results

class ACM:
    async def __aenter__(self):
        return "entered"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

coro = main()
print(coro.send(None))
try:
    coro.send("resumed")
except StopIteration as e:
    print("result", e.value)

async def agen():
    for i in range(3):
        yield i * 10
async def consume():
    return [v async for v in agen()]
c2 = consume()
try:
    c2.send(None)
except StopIteration as e:
    print("async comprehension", e.value)
