# Descriptor protocol: data vs non-data descriptors, __set_name__, lookup precedence.
class Typed:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name})")
        self.name = "_" + name
    def __init__(self, kind):
        self.kind = kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("Ann", 30)
print(p.name, p.age, sorted(vars(p)), type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError", e)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Data(NonData):
    def __set__(self, obj, v):
        print("Data.__set__", v)
class Holder:
    nd = NonData()
    d = Data()
h = Holder()
print(h.nd, h.d)
h.__dict__["nd"] = "instance wins over non-data"
h.__dict__["d"] = "instance loses to data"
print(h.nd, h.d)
h.d = 5
print(Holder.nd)
class Counted:
    def __init__(self): self.hits = 0
    def __get__(self, obj, objtype):
        self.hits += 1
        return self.hits
class UsesCounted:
    c = Counted()
print(UsesCounted.c, UsesCounted().c, UsesCounted.__dict__["c"].hits)
class Method:
    def __init__(self, f): self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class Uses:
    @Method
    def hello(self, x):
        return f"hello {x} from {type(self).__name__}"
print(Uses().hello("world"), type(Uses.hello).__name__)
def plain(self):
    return "plain bound"
bound = plain.__get__(Uses(), Uses)
print(bound(), type(bound).__name__)
class Ro:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): print("__delete__ called")
class HasRo:
    r = Ro()
hr = HasRo()
del hr.r
try:
    hr.r = 3
except AttributeError as e:
    print("AttributeError", e)
