# Class decorators, decorating methods, functools.cached_property, __wrapped__.
import functools
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@register
@add_repr
class User:
    def __init__(self, name, uid):
        self.name, self.uid = name, uid
print(User("ann", 1), list(registry), registry["User"] is User)
def logged(method):
    @functools.wraps(method)
    def wrapper(self, *a):
        print(f"call {method.__name__}{a}")
        return method(self, *a)
    return wrapper
class Calc:
    @logged
    def add(self, a, b):
        "Add two numbers."
        return a + b
print(Calc().add(2, 3), Calc.add.__name__, Calc.add.__doc__, Calc.add.__wrapped__.__name__)
class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def heavy(self):
        print("computing heavy")
        return self.n ** 2
d = Data(7)
print(d.heavy, d.heavy, "heavy" in vars(d))
del d.heavy
print(d.heavy)
def singleton(cls):
    inst = {}
    @functools.wraps(cls, updated=())
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db.__name__)
def with_method(name, value):
    def deco(cls):
        setattr(cls, name, lambda self: value)
        return cls
    return deco
@with_method("answer", 42)
@with_method("greeting", "hi")
class Plain:
    pass
print(Plain().answer(), Plain().greeting())
