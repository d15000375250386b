# pprint formatting and difflib outputs on fixed data.
import pprint, difflib
data = {"numbers": list(range(30)), "nested": {"b": [1, 2, {"deep": "x" * 30}], "a": (1, 2)}, "name": "pprint test"}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=1)
print(pprint.pformat({"z": 1, "a": 2}), pprint.pformat({"z": 1, "a": 2}, sort_dicts=False))
pprint.pprint(["a" * 20, "b" * 20, "c" * 20, "d" * 20])
pprint.pprint({3, 1, 2})
print(pprint.isreadable([1, 2]), pprint.saferepr({"k": [1, 2]}))
a = ["one", "two", "three", "four"]
b = ["one", "too", "three", "five", "six"]
print("\n".join(difflib.unified_diff(a, b, "a.txt", "b.txt", lineterm="")))
print("\n".join(difflib.context_diff(a, b, lineterm="")))
print(list(difflib.ndiff(["abc\n"], ["abd\n"])))
sm = difflib.SequenceMatcher(None, "abcdef", "abxdefg")
print(round(sm.ratio(), 6), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("x", ["y"]))
