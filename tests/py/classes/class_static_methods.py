# classmethod and staticmethod: binding, alternative constructors, inheritance.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-1-2"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap.__name__, callable(Date.__dict__["is_leap"]))
sm = staticmethod(lambda x: x + 1)
print(sm(1), sm.__func__(2))
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls
class R2(Registry):
    pass
R2.register(1).register(2)
Registry.register("base")
print(Registry.items, R2.items)
class Cm:
    @classmethod
    @property
    def name(cls):
        return cls.__name__.lower()
print(Cm.name)
d = Date(2020, 5, 17)
print(d.from_string("2021-1-1"), d.is_leap(d.y))
