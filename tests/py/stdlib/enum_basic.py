"""enum: Enum/IntEnum/StrEnum reprs, lookup, aliases, auto, functional API, errors."""
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.GREEN:>12}|", Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.__members__, Color.CRIMSON is Color.RED)
print(Color(2), Color['BLUE'], getattr(Color, 'GREEN'), Color.RED in Color, repr(Color))
print(dir(Color), dir(Color.RED))
print(sorted(Color, key=lambda c: c.value, reverse=True), list(reversed(Color)))
print({Color.RED: 'r'}[Color.CRIMSON], hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED != Color.BLUE)
show(lambda: Color(7))
show(lambda: Color['PURPLE'])
show(lambda: Color.RED < Color.BLUE)
show(lambda: setattr(Color, 'RED', 5))
show(lambda: delattr(Color, 'RED'))
show(lambda: unique(Color))
print(Color.RED.__reduce_ex__(4), vars(Color.RED)['_value_'])


class Shape(IntEnum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS = 2


print(repr(Shape.SQUARE), str(Shape.SQUARE), f"{Shape.CIRCLE:03d}", Shape.SQUARE + 1, Shape.SQUARE < Shape.CIRCLE, sorted(Shape), Shape(1), int(Shape.CIRCLE), Shape.ALIAS)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'


print(repr(Mode.READ), str(Mode.READ), Mode.READ == 'read', Mode.WRITE.upper(), f"{Mode.WRITE}", Mode('w'))
show(lambda: StrEnum('Bad', {'A': 1}))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()


print(Lower.X.value, Lower('y'))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 4), repr(Planet.MERCURY))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite(cls):
        return cls.HAPPY

    @classmethod
    def _missing_(cls, value):
        if value == 'happy':
            return cls.HAPPY
        return None


print(Mood.favorite(), Mood.HAPPY.describe(), str(Mood.FUNKY), f"{Mood.FUNKY}", Mood('happy'))
show(lambda: Mood('sad'))

Animal = Enum('Animal', 'ANT BEE CAT')
print(repr(Animal.ANT), list(Animal), Animal.__module__, Animal.__qualname__)
Numbers = Enum('Numbers', [('ONE', 1), ('TWO', 2)])
Letters = Enum('Letters', 'A,B', start=10)
print(list(Numbers), list(Letters), list(IntEnum('Ints', 'X Y')), list(Enum('D', {'k': 'v'})))


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered))
for body in ["A = 1\n    A = 2", "_x_ = 1", "A = 1\n    def A(self): pass", "_order_ = 'B A'\n    A = 1\n    B = 2"]:
    try:
        exec("class Bad(Enum):\n    " + body, {'Enum': Enum})
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print('TypeError', e)


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


class Child(Base):
    ONE = 1


print(Child.ONE.hello(), list(Child), enum.EnumMeta is enum.EnumType, type(Color).__name__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Shape, int))
