# dataclasses: generated __init__/__repr__/__eq__, order, frozen, defaults, field(), post_init.
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    qty: int = field(default=1, repr=False)
i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), i != Item("pen", 2))
i.tags.append("office")
print(i, Item("x").tags, asdict(i), astuple(i))
print([f.name for f in fields(Item)], replace(i, name="pencil"))
@dataclass(order=True, frozen=True)
class Ver:
    major: int
    minor: int = 0
vs = sorted([Ver(2, 1), Ver(1, 9), Ver(2, 0)])
print(vs, Ver(1) < Ver(1, 1), hash(Ver(1, 2)) == hash(Ver(1, 2)), {Ver(1), Ver(1)})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Rect:
    w: int
    h: int
    area: int = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(3, 4))
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print("ValueError", e)
try:
    Item()
except TypeError as e:
    print("TypeError", e)
@dataclass
class Child(Item):
    color: str = "red"
print(Child("c", 2.0, ["t"], 3, "blue"), Item.__eq__(i, Child("pen", 1.5)) is NotImplemented)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), Item.__hash__ is None)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as e:
    print("TypeError", e)
@dataclass(slots=True)
class S:
    x: int
print(S(1), S.__slots__)
