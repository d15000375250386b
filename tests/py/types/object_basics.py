# object: default __eq__/__hash__/__repr__ semantics, dir, setattr/getattr errors.
o = object()
print(o == o, o != o, o == object(), type(o).__name__)
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    o.missing
except AttributeError as e:
    print("AttributeError", e)
class P:
    pass
p = P()
p.a = 1
setattr(p, "b", 2)
print(p.__dict__, getattr(p, "a"), getattr(p, "zz", "default"), hasattr(p, "b"))
delattr(p, "a")
print(p.__dict__, vars(p))
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError", e)
print(repr(p).startswith("<__main__.P object at 0x"), str(p) == repr(p))
print(hash(p) == hash(p), p.__class__ is P, P.__name__)
print(sorted(set(dir(object())) - set(dir(object)))[:3], "__init__" in dir(p), "a" in dir(p), "b" in dir(p))
print(object.__eq__(p, p), object.__eq__(p, 1), object.__ne__(p, 1), P.__hash__ is object.__hash__)
class Eq:
    def __eq__(self, other):
        return True
print(Eq.__hash__, Eq() == 5)
try:
    hash(Eq())
except TypeError as e:
    print("TypeError", e)
print(NotImplemented, type(NotImplemented).__name__, Ellipsis, type(Ellipsis).__name__)
print(object.__subclasshook__() is NotImplemented, issubclass(P, object))
print(p.__sizeof__() > 0, object().__reduce_ex__(2)[0].__name__)
print(format(p, "") == str(p))
try:
    format(p, "d")
except TypeError as e:
    print("TypeError", e)
print(object.__str__ is not object.__repr__, object.__init_subclass__() is None)
