# Compile-time errors for invalid match statements.
cases = [
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 2:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case {'k': 1, 'k': 2}:\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case f():\n        pass",
    "match x:\n    case {**rest, 'k': 1}:\n        pass",
    "match x:\n    case C(a=1, 2):\n        pass",
    "match x:\n    case _ as y:\n        pass",
    "match x:\n    case a.b as _:\n        pass",
    "match x:\n    case C(a=1, a=2):\n        pass",
    "match x:\n    pass",
    "match x:\n    case 1 if:\n        pass",
    "match x:\n    case {1: _, **_}:\n        pass",
]
for src in cases:
    try:
        compile(src, "<match>", "exec")
        print("OK:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno})")
