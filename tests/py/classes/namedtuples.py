# collections.namedtuple and typing.NamedTuple.
from collections import namedtuple
from typing import NamedTuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p[1], p == (1, 2), len(p), tuple(p), p._fields, type(p).__name__)
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([5, 6]))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
P3 = namedtuple("P3", "a b c", defaults=[0, 9])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
R = namedtuple("R", ["def", "x", "x"], rename=True)
print(R._fields)
try:
    namedtuple("Bad", ["1a"])
except ValueError as e:
    print("ValueError", e)
class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1
    def title(self):
        return f"{self.name} ({self.dept} L{self.level})"
e = Employee("Ann")
print(e, e.title(), Employee("Bob", "ops", 3).level, Employee.__annotations__)
print(sorted([Employee("b"), Employee("a", "z")]), e._replace(level=2), isinstance(e, tuple))
print(hash(Point(1, 2)) == hash((1, 2)), {Point(1, 2): "v"}[(1, 2)])
print(Point.__doc__, Point.x.__doc__ if False else "")
