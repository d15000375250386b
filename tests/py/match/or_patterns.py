# Or-patterns with bindings, nested alternatives, and first-match-wins semantics.
def f(x):
    match x:
        case [a, 0] | [0, a]:
            return f"pair with zero, other={a}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case [("a" | "b") as letter, *_]:
            return f"starts with {letter}"
        case {"k": (int() | float()) as num}:
            return f"numeric k={num}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case _:
            return "nothing"
for v in [[5, 0], [0, 7], [0, 0], 2, ["b", 1, 2], ["c"], {"k": 1.5}, {"k": "s"}, "s", b"b", None]:
    print(repr(v), "->", f(v))
def point(p):
    match p:
        case (x, 0) | (0, x) if x > 0:
            return f"positive on axis {x}"
        case (x, 0) | (0, x):
            return f"on axis {x}"
    return "off axis"
print([point(p) for p in [(3, 0), (0, 4), (-1, 0), (1, 1)]])
for src in ["match v:\n case [x] | [y]: pass", "match v:\n case x | 1: pass", "match v:\n case (a, b) | (a, c): pass"]:
    try:
        compile(src, "<or>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
