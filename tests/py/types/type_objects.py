# type objects: type(), isinstance/issubclass, __mro__, __bases__, 3-arg type().
print(type(1), type("s"), type([]), type(type), type(object), type(None))
print(isinstance(1, (str, int)), isinstance("x", (list, tuple)), issubclass(bool, (int,)), issubclass(int, object))
print(int.__bases__, bool.__bases__, object.__bases__, type.__bases__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), issubclass(D, A), isinstance(D(), C), type(D()) is D)
X = type("X", (A,), {"val": 42, "get": lambda self: self.val * 2})
print(X.__name__, X().get(), issubclass(X, A), X.__mro__[1] is A)
print(A.__subclasses__() == [B, C, X])
for bad in [lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: type("Y", (1,), {}),
            lambda: type(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type.__name__, type.__qualname__, object.__name__, str.__mro__)
print(callable(int), callable(1), callable(A), callable(A()), callable(len))
print(isinstance(int, type), isinstance(A, type), isinstance(type, object), isinstance(object, type))
class Meta(type): pass
class M(metaclass=Meta): pass
print(type(M).__name__, isinstance(M, Meta), type(Meta).__name__)
print(int("5") + int.__new__(int, 3), object.__new__(A).__class__.__name__)
print(str(A).startswith("<class '__main__.A'"), repr(int), repr(type))
try:
    class E(int, str): pass
except TypeError as e:
    print("TypeError", e)
try:
    class F(A, A): pass
except TypeError as e:
    print("TypeError", e)
try:
    class G(A, B): pass
except TypeError as e:
    print("TypeError", e)
