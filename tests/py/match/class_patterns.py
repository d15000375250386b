# Class patterns: builtins with self-matching positional, __match_args__, keyword attributes, dataclasses.
from dataclasses import dataclass
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting {first!r}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict(d):
            return f"dict with {len(d)} keys"
        case set() | frozenset():
            return "some set"
        case _:
            return "object"
for v in [True, -3, 7, 2.5, "", "hi", b"x", [9, 8], (1, 2, 3), {"a": 1}, {1}, frozenset(), None, []]:
    print(repr(v), "->", kind(v))
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
def shape(s):
    match s:
        case Point(0, 0):
            return "origin point"
        case Point(x=0, y=y):
            return f"point on y-axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal point {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), radius=r):
            return f"circle r={r}"
        case Point():
            return "some point"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Circle(Point(1, 1), 20), Circle(Point(2, 2), 1), "x"]:
    print(shape(s))
print(Point.__match_args__)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError", e)
class BadArgs:
    __match_args__ = ["x"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print("TypeError", e)
not_a_class = 5
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print("TypeError", e)
match NoArgs():
    case NoArgs(missing_attr=1):
        print("matched?")
    case NoArgs():
        print("missing attribute just fails the keyword sub-pattern")
