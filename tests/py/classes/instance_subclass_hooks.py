# __instancecheck__/__subclasscheck__, __class_getitem__, __init_subclass__ and __set_name__ order.
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Even(metaclass=EvenMeta):
    pass
print(isinstance(4, Even), isinstance(3, Even), isinstance("4", Even), issubclass(bool, Even), issubclass(str, Even))
print(isinstance(4, (str, Even)))
class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"
print(Box[int], Box["x"], Box[1, 2])
order = []
class Named:
    def __set_name__(self, owner, name):
        order.append(("set_name", name))
class Base:
    def __init_subclass__(cls, **kw):
        order.append(("init_subclass", cls.__name__))
class Sub(Base):
    a = Named()
    b = Named()
print(order)
class WithClass:
    pass
w = WithClass()
class Other:
    pass
w.__class__ = Other
print(type(w).__name__, isinstance(w, Other))
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError", e)
class Fake:
    @property
    def __class__(self):
        return int
print(isinstance(Fake(), int), type(Fake()).__name__)
