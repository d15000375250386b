# property: getter/setter/deleter, read-only errors, inheritance, property() call form.
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        "Temperature in C."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError", e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.fahrenheit.fset)
class Legacy:
    def _get(self): return "got"
    def _set(self, v): print("set", v)
    x = property(_get, _set, None, "x doc")
l = Legacy()
l.x = 3
print(l.x, Legacy.x.__doc__)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child sees " + str(self._c)
c = Child(5)
print(c.celsius)
c.celsius = 7
print(c.celsius)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
z = Lazy()
print(z.value, z.value, Lazy.calls)
z.__dict__["value"] = "shadow?"
print(z.value)
class Raises:
    @property
    def bad(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(Raises().bad)
