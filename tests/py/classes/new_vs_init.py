# __new__ vs __init__; subclassing immutable builtins; __new__ returning other types.
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str), len(u), u.lower(), type(u.lower()).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
    def __repr__(self):
        return f"Pos({int(self)})"
p = Pos(5)
print(p, repr(p), p + 1, type(p + 1).__name__, Pos(3) * Pos(2))
try:
    Pos(-1)
except ValueError as e:
    print("ValueError", e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2), type(pr[:1]).__name__)
class Trace:
    def __new__(cls, *a):
        print("__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("__init__", a)
Trace(1, 2)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(Other())
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            print("creating", key)
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
    def __init__(self, key):
        print("init", key)
print(Cached("a") is Cached("a"), Cached("b") is Cached("a"))
class F(float):
    def __new__(cls, v, unit="m"):
        obj = super().__new__(cls, v)
        obj.unit = unit
        return obj
    def __str__(self):
        return f"{float(self)}{self.unit}"
print(F(2.5), F(1, "km"), F(2.5) + 1)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
