# bool and NoneType behaviour and error messages.
print(True, False, repr(True), str(False), type(True), type(None))
print(True + True, True * 3, True / 2, -True, ~True, True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__, type(True | 2).__name__)
print(bool(), bool(0), bool("0"), bool([[]]), int(True), float(False))
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(hash(True), hash(False), {True: "a", 1: "b"}, {0, False})
print(None is None, None == None, None == 0, not None, str(None), repr(None))
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError", e)
n = None
for op in ["n + 1", "n()", "n[0]", "n.x", "len(n)", "iter(n)", "n < 1", "-n", "n[0] = 1", "1 - n"]:
    try:
        exec(op)
    except Exception as e:
        print(op, "->", type(e).__name__, e)
print(type(None)() is None, type(None).__name__)
print(True.__and__(1), True.__or__(False), (True).__invert__())
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))
print(f"{True}", f"{True:d}", f"{True:>6}", "%s %d" % (False, True))
print(bool.__mro__)
