# str() and repr() of builtin values, nested containers, recursion markers.
vals = [0, -5, 3.0, -0.5, 1e100, 2j, -1 - 1j, "s", "it's", 'say "hi"', b"b", None, True,
        [1, [2]], (1,), (), {1: "a"}, set(), {3}, frozenset({4}), range(1, 5, 2), slice(2),
        bytearray(b"z"), Ellipsis, NotImplemented, int, str, type(None)]
for v in vals:
    print(str(v), "|", repr(v))
l = [1]
l.append(l)
d = {"k": l}
d["me"] = d
print(l, d)
t = ([],)
t[0].append(t)
print(t)
print(str(["a", 'b"c', "d'e"]), repr("\\"), repr("\n"), str("\n") == "\n")
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
print(R(), str(R()), [R()], S(), [S()][0].__class__.__name__, f"{R()!r} {S()!s}")
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)
print(repr(1.0), repr(100.0), repr(1e22), repr(1e-7), repr(123456789.0), repr(0.30000000000000004))
