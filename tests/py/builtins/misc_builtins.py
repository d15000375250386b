# Assorted builtins: abs, divmod, pow, round, len, id-free identity checks, bool, any/all, repr, format, ascii.
print(abs(-7), abs(7.5), abs(-0), abs(-2 ** 65), abs(complex(-3, 4)), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(3, 4), pow(3, 4, 5), pow(2.0, -1), pow(-8, 1 / 3).real > 0)
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2))
print(len({"a": 1, "b": 2}), len("héllo"), len(range(0, 100, 7)), len([[]] * 5))
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, None is None, type(a) is list)
print(repr(3), repr("3"), repr([3, "3"]), str(3) == repr(3), ascii("ü"), format(0.5, ".0%"))
print(bool([]), bool([[]]), any([[], 0, ""]), all([[0], 1, "x"]))
print(isinstance(print, type(len)), type(print).__name__, print.__name__, len.__doc__.splitlines()[0])
print(sorted(set("mississippi")), "".join(sorted(set("mississippi"))))
print(list(map(abs, [-1, 2, -3])), list(zip(range(3), "abc")), dict(enumerate("xy")))
print(int.__name__, (5).__class__.__name__, NotImplemented.__class__.__name__, Ellipsis.__class__.__name__)
print(hex(id(a)) == hex(id(b)), id(a) == id(c))
print(memoryview(b"ab").tobytes(), bytes(memoryview(b"cd")), list(memoryview(b"ef")))
print(issubclass(type(iter([])), object), next(reversed("ab")), list(iter("xy")))
print(type(abs), type(int.__add__).__name__, type((1).__add__).__name__)
