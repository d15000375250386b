# 'match', 'case' and '_' remain usable as ordinary identifiers.
match = "a variable named match"
case = ["case", "list"]
print(match, case)
def match_fn(match, case=None):
    return f"{match}-{case}"
print(match_fn(1, case=2))
class match_class:
    case = "attr"
print(match_class.case)
match (1, 2):
    case (a, b):
        print("statement still works", a + b)
match [match, case]:
    case [str() as m, [first, *_]]:
        print("subject built from names", m[:1], first)
_ = "underscore var"
match 3:
    case _:
        print("wildcard does not bind:", _)
import re
m = re.match(r"(\d)", "5")
print(m.group(1), match.upper()[:1])
print([match for match in range(3)])
def case(x):
    return x * 2
print(case(21))
match_dict = {"match": 1, "case": 2}
match match_dict:
    case {"match": mv, "case": cv}:
        print(mv, cv)
