"""dataclasses: generated methods, docstrings, Field reprs, error messages."""
from dataclasses import dataclass, field, fields, FrozenInstanceError, InitVar, KW_ONLY, MISSING
import dataclasses
from typing import ClassVar, List, Optional


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    note: Optional[str] = None


print(Item.__doc__)
print(Item('pen', 1.5), Item('a') == Item('a'), Item('a') == Item('b'), Item('x', tags=['t']))
print(Item.__init__.__qualname__, Item.__init__.__defaults__, Item.__init__.__annotations__)
print(Item.__repr__.__qualname__, Item.__eq__.__qualname__, Item.__hash__, Item.__match_args__)
print(Item.__dataclass_params__)
f = Item.__dataclass_fields__['name']
print(f.name, f.type, f.default is MISSING, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only, f._field_type)
print(repr(Item.__dataclass_fields__['count']).replace(repr(MISSING), 'MISSING'))
print(InitVar[int], InitVar[List[int]], repr(dataclasses._HAS_DEFAULT_FACTORY))
try:
    Item()
except TypeError as e:
    print(e)
try:
    Item('a', 1, [], 'n', 'extra')
except TypeError as e:
    print(e)
for src in ["a: int = 1\n    b: int", "a: list = []", "a: dict = {}", "a: set = set()"]:
    try:
        exec("@dataclass\nclass Bad:\n    " + src, {'dataclass': dataclass})
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
for action in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y'), lambda: setattr(p, 'z', 1)):
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(p, hash(p) == hash((1, 2)), Point.__setattr__.__qualname__, {p: 'ok'}[Point(1, 2)])


@dataclass(order=True, unsafe_hash=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


print(sorted([Version(1, 2), Version(1, 0, 'b'), Version(0, 9)]), Version(1) < Version(1, 1), hash(Version(2, 3)) == hash((2, 3)))


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.0
    a: int = 5


print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)], Derived.__doc__)


@dataclass
class WithPost:
    x: int
    factor: InitVar[int] = 2
    doubled: int = field(init=False, repr=False)

    def __post_init__(self, factor):
        self.doubled = self.x * factor


w = WithPost(4, 3)
print(w, w.doubled, dataclasses.replace(w, x=10, factor=1).doubled)


@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int = 1


print(KW(1, c=5), KW.__doc__, KW.__match_args__)
print(dataclasses.asdict(Derived()), dataclasses.astuple(Version(3, 4, 'x')), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(p), dataclasses.is_dataclass(int))


@dataclass
class Slotted:
    __slots__ = ('x', 'y')
    x: int
    y: int


print(Slotted(1, 2), Slotted.__init__.__defaults__)
try:
    Slotted(1)
except TypeError as e:
    print(e)
