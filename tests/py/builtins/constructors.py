# Builtin type constructors with various inputs.
print(int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray(), complex())
print(list("abc"), list((1, 2)), list({1: "a"}), list(range(3)), list(x for x in "xy"), list(b"hi"), list({3, 1}))
print(tuple([1, 2]), tuple("ab"), tuple({"k": 1}.items()), tuple(reversed("abc")))
print(dict([("a", 1), ["b", 2]]), dict(a=1), dict({"a": 1}, b=2), dict(zip([1, 2], "xy")), dict([(1, 2)], **{"k": 3}))
print(set("hello") == {"h", "e", "l", "o"}, set([1, 2, 2]), set(range(3)), set({1: 2}), frozenset("aa"))
print(str(1), str(1.0), str([1]), str(None), str(str), str(b"b"), str(b"b", "ascii"), str(1j))
print(bool(0), bool(""), bool([0]), bool(None), bool(0.0), bool("False"), bool(-1))
print(float("3"), float(3), float(" 2.5 "), float("-0"), float(".5"), float("5."), float("1_0"), float(True))
print(complex("3+4j"), complex(3, 4), complex(1.5), complex("-1.5e3j"))
print(bytes([1, 2]), bytes("é", "utf-8"), bytes(2), bytes(b"ab"), bytearray("x", "ascii"), bytes(bytearray(b"z")))
print(range(3), slice(1, 2), type("T", (), {})().__class__.__name__, object().__class__.__name__)
for bad in ["dict([1])", "dict(['ab', 'c'])", "list(1)", "tuple(1.5)", "set([[]])", "float('x')", "complex('x')",
            "bytes([300])", "bytes('x')", "str(b'\\xff', 'utf-8')", "bool(1, 2)", "int('')", "frozenset([{}])"]:
    try:
        eval(bad)
        print(bad, "OK")
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print(dict(['ab', 'cd']), list(map(int, "123")), int("-0"), type(int("1")).__name__)
