# property/classmethod/staticmethod details: subclassed property docs, setter/deleter,
# abstract flags, __wrapped__, explicit and getter-derived docs, AttributeError from a
# property falling back to __getattr__, classmethod.__get__.
class cached(property):
    pass
class C:
    @cached
    def v(self):
        "the v doc"
        return 3
    @property
    def w(self): return 4
    @w.setter
    def w(self, val): self._w = val
    @w.deleter
    def w(self): print("deleted w")
print(C().v, C.v.__doc__, type(C.v).__name__, C.__dict__['v'].fget.__name__)
c = C(); c.w = 9; print(c._w); del c.w
print(C.w.fset.__name__, C.w.fdel.__name__, C.w.__isabstractmethod__)
import abc
class Ab(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def cm(cls): ...
    @staticmethod
    @abc.abstractmethod
    def sm(): ...
print(sorted(Ab.__abstractmethods__), Ab.p.__isabstractmethod__, Ab.__dict__['cm'].__isabstractmethod__)
print(staticmethod(len).__wrapped__, classmethod(len).__func__, staticmethod(len).__name__)
p = property(lambda s: 1, doc="explicit")
print(p.__doc__)
p.__doc__ = "changed"; print(p.__doc__)
def getter(self):
    "getter doc"
print(property(getter).__doc__, property(getter).getter(lambda s: 2).__doc__)
class Q:
    @property
    def x(self): raise AttributeError("inner")
    def __getattr__(self, n): return "ga " + n
print(Q().x)
sm = staticmethod(lambda: 5)
print(sm(), callable(sm))
cm = classmethod(lambda c: c)
print(cm.__get__(None, int)(), cm.__get__(3)())
