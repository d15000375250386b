# Private name mangling (__name) in classes, attribute access, getattr.
class A:
    __secret = "A-secret"
    def __init__(self):
        self.__priv = 1
        self._prot = 2
        self.__dunder__ = 3
    def get(self):
        return self.__priv, self.__secret
    def __method(self):
        return "A.__method"
    def call(self):
        return self.__method()
a = A()
print(a.get(), a.call(), sorted(vars(a)), a._A__priv, A._A__secret)
try:
    a.__priv
except AttributeError as e:
    print("AttributeError", e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__priv = "B's own"
    def __method(self):
        return "B.__method"
b = B()
print(sorted(vars(b)), b.get(), b.call(), b._B__method())
class C:
    def probe(self):
        __local = 5
        return __local, getattr(self, "__x", "getattr not mangled"), "__x" in dir(self)
    def set(self):
        self.__x = 1
c = C()
c.set()
print(c.probe(), sorted(vars(c)))
class _Under:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(_Under().m())
class __Dunder:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(__Dunder().m())
def outside():
    class Inner:
        def go(self):
            return __import__("math").pi > 3
    return Inner().go()
print(outside())
