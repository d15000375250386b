# __doc__, __name__, __qualname__, __module__ of functions and classes.
"""Module docstring."""
print(__doc__)
print(__name__)

def f():
    """Function doc."""
    pass
print(f.__doc__, f.__name__, f.__qualname__, f.__module__)

def g():
    x = 1
    """not a docstring"""
print(g.__doc__)

class C:
    """Class doc."""
    def m(self):
        """Method doc."""
    class Inner:
        def deep(self):
            pass
    def factory(self):
        def local():
            pass
        return local
print(C.__doc__, C.m.__doc__, C.__qualname__, C.m.__qualname__)
print(C.Inner.__qualname__, C.Inner.deep.__qualname__, C().factory().__qualname__)
print((lambda: 0).__qualname__)
print(C.__name__, C.__module__, type(C()).__name__)
print(int.__name__, len.__name__, str.upper.__qualname__, len.__module__)
print(list.append.__qualname__, dict.fromkeys.__qualname__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
class D:
    pass
print(D.__doc__)
print(repr(f.__doc__.strip()))
def multi():
    """First line.

        Indented more.
    """
print(multi.__doc__)
import inspect
print(inspect.getdoc(multi))
