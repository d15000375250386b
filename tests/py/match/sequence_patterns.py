# Sequence patterns: fixed length, star captures, nesting, what counts as a sequence.
def seq(x):
    match x:
        case []:
            return "empty"
        case [only]:
            return f"one: {only!r}"
        case [first, second]:
            return f"two: {first!r}, {second!r}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first={first!r} middle={middle!r} last={last!r}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [first, *rest]:
            return f"long, first={first!r}, rest has {len(rest)}"
        case _:
            return f"not a sequence: {type(x).__name__}"
for v in [[], [1], (1, 2), [1, 2, 3], range(5), [1, 2, 3, 4, 5, 6], ["x", "y", "z", "w", "v", "end"],
          "ab", b"ab", bytearray(b"ab"), {1, 2}, {"k": 1}, 5, iter([1]), [[1, 2]], (x for x in [1])]:
    print(repr(v) if not hasattr(v, "__next__") else type(v).__name__, "->", seq(v))
def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, b), *rest] if rest:
            return f"pair {a},{b} then {rest}"
        case ([_, _], _):
            return "tuple-ish pair first"
        case _:
            return "no match"
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested(((1, 2), "x")), nested([1, 2]))
match [1, 2, 3]:
    case [*all_items]:
        print("star-only", all_items, type(all_items).__name__)
match (1, 2, 3):
    case (1, *rest):
        print("tuple rest is a list:", rest, type(rest).__name__)
from collections import deque
match deque([1, 2]):
    case [a, b]:
        print("deque matched", a, b)
