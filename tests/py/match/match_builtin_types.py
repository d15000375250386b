# Matching against numbers across types, bool/int interplay, None, and sequences of mixed types.
def m(v):
    match v:
        case True:
            return "literal True (identity)"
        case 1:
            return "equals 1"
        case 0.5:
            return "equals 0.5"
        case int(x) if isinstance(v, bool):
            return f"other bool {x}"
        case float(f) if f != f:
            return "nan"
        case float() | int():
            return "some number"
        case complex(real=r, imag=i):
            return f"complex r={r} i={i}"
        case _:
            return "not a number"
for v in [True, 1, 1.0, 1 + 0j, False, 0, 0.5, float("nan"), 7, 2 + 3j, "1", None]:
    print(repr(v), "->", m(v))
def shape_of(v):
    match v:
        case [int(), int()] | (int(), int()):
            return "int pair"
        case [str(), *_] if all(isinstance(s, str) for s in v):
            return "all strings"
        case [[*_], *_]:
            return "list of lists"
        case {"x": int(), "y": int()} if len(v) == 2:
            return "exact xy dict"
        case {"x": _}:
            return "dict with x"
        case str(s) if s.isdigit():
            return "digit string"
        case _:
            return "?"
for v in [[1, 2], (3, 4), [1, "2"], ["a", "b"], ["a", 1], [[1], 2], {"x": 1, "y": 2}, {"x": 1, "y": 2, "z": 3}, "123", "12a"]:
    print(repr(v), "->", shape_of(v))
match float("nan"):
    case x if x == x:
        print("nan equals itself?")
    case x:
        print("nan captured, not equal to itself:", x != x)
