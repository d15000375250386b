# abc: abstract methods prevent instantiation; register; __subclasshook__.
from abc import ABC, abstractmethod, ABCMeta
import collections.abc as cabc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Sq(3).describe(), Sq(2).perimeter(), sorted(Shape.__abstractmethods__), Sq.__abstractmethods__)
class Duck:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
print(isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Collection))
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.MutableSet))
print(isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), isinstance("", cabc.Hashable))
print(isinstance([], cabc.Hashable), issubclass(dict, cabc.MutableMapping), isinstance(range(1), cabc.Sequence))
class MyABC(metaclass=ABCMeta):
    pass
MyABC.register(int)
print(isinstance(5, MyABC), issubclass(bool, MyABC), isinstance("s", MyABC))
class HasName(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "name") else NotImplemented
class Named:
    name = "n"
print(issubclass(Named, HasName), issubclass(int, HasName))
class AbsProp(ABC):
    @property
    @abstractmethod
    def value(self): ...
class Concrete(AbsProp):
    @property
    def value(self): return 42
print(Concrete().value)
try:
    AbsProp()
except TypeError as e:
    print("TypeError", e)
class MySeq(cabc.Sequence):
    def __getitem__(self, i): return [10, 20, 30][i]
    def __len__(self): return 3
ms = MySeq()
print(list(ms), ms.index(20), ms.count(30), 20 in ms, list(reversed(ms)))
