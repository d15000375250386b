# enum: Enum, IntEnum, Flag, auto, members, iteration, lookup, errors.
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color.__members__), Color.RED in Color, isinstance(Color.GREEN, Color))
print(Color.RED == 1, Color.RED == Color.RED, Color.RED is Color(1), {Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError", e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 2, Num.ONE < Num.TWO, Num(2), sorted([Num.TWO, Num.ONE]), int(Num.TWO))
print(f"{Num.ONE}", str(Num.ONE), f"{Color.RED}", format(Num.TWO, "03d"))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.value for p in Perm], bool(Perm(0)), rw & Perm.W)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, Bits.A | 4, int(Bits.B), Bits(3))
class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
print(Auto.FIRST.value, Auto.SECOND.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_hint(self):
        return self.mass / self.radius ** 3
print(Planet.EARTH.mass, round(Planet.EARTH.density_hint), Planet.EARTH.value)
Shape = Enum("Shape", "CIRCLE SQUARE")
print(list(Shape), Shape.SQUARE.value)
try:
    class Ext(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
