# isinstance/issubclass with tuples, unions, ABCs, bool/int relationships, and type().
checks = [(1, int), (True, int), (True, bool), (1, bool), (1.0, int), (1, float), ("s", str), (b"b", bytes),
          (None, type(None)), ([], list), ((), tuple), ({}, dict), (set(), set), (frozenset(), set), (range(1), range),
          (int, type), (type, type), (type, object), (object, type), (len, object), (1, (str, int)), (1, int | str), (1, ())]
for v, t in checks:
    print(repr(v), getattr(t, "__name__", t), isinstance(v, t))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, (str, object)), issubclass(list, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), issubclass(A, (B, A)), type(B()) is A, type(B()) == B)
print(isinstance(A, type), isinstance(A(), object), issubclass(type, object), issubclass(object, type))
print(isinstance(1, ((str,), (int,))), isinstance("x", (int, (float, (str,)))))
for bad in [lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, [int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(type(1) == int, type(True) == int, type(True) is bool, type(type) is type, type(None).__name__)
