# __getattr__, __getattribute__, __setattr__, __delattr__ hooks.
class Dyn:
    def __init__(self):
        self.real = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dyn()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
l = Logged()
l.x = 1
_ = l.x
del l.x
try:
    l.x
except AttributeError as e:
    print("AttributeError", e)
print(l.log)
class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom missing")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Fallback().boom, Fallback().other)
class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
try:
    Frozen().a = 1
except AttributeError as e:
    print("AttributeError", e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattr__(self, name):
        return getattr(self._t, name)
    def __setattr__(self, name, value):
        setattr(self._t, name, value)
lst = []
p = Proxy(lst)
p.append(1)
p.append(2)
print(lst, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print("TypeError", e)
class Recursive:
    def __getattr__(self, name):
        return self.__dict__[name]
try:
    Recursive().missing
except KeyError as e:
    print("KeyError", e)
