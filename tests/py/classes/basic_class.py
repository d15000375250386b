# Class basics: __init__, instance vs class attributes, methods, attribute lookup.
class Point:
    dims = 2
    instances = []
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
        Point.instances.append(self)
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
q = Point()
print(p.x, p.y, p.dist2(), q.dist2(), p.dims, Point.dims, len(Point.instances))
p.dims = 3
print(p.dims, q.dims, Point.dims, "dims" in p.__dict__, "dims" in q.__dict__)
del p.dims
print(p.dims)
Point.dims = 10
print(p.dims, q.dims)
print(p.move(1, 1).move(1, 1).x, Point.move(q, 5, 5).y)
print(sorted(p.__dict__.items()), type(p).__name__, p.__class__.__name__)
Point.norm = lambda self: self.dist2() ** 0.5
print(Point(6, 8).norm())
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, Empty.__dict__.get("anything"), isinstance(e, Empty))
try:
    Point(1, 2, 3)
except TypeError as e2:
    print("TypeError", e2)
try:
    Point().nope()
except AttributeError as e2:
    print("AttributeError", e2)
try:
    Point.dist2()
except TypeError as e2:
    print("TypeError", e2)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.count)
class NoInit:
    x = 1
try:
    NoInit(5)
except TypeError as e3:
    print("TypeError", e3)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e4:
    print("TypeError", e4)
