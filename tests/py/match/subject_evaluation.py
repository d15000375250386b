# The subject is evaluated once; patterns are tried in order; no match is silent; control flow inside cases.
calls = []
def subject():
    calls.append("subject")
    return [1, 2]
match subject():
    case [1]:
        print("no")
    case [1, 2, 3]:
        print("no")
    case [1, x]:
        print("matched x =", x)
print(calls)
match 99:
    case 1:
        print("unreachable")
print("no case matched, execution continues")
class Tracker:
    def __init__(self):
        self.log = []
    def __getitem__(self, i):
        self.log.append(("getitem", i))
        return [10, 20, 30][i]
    def __len__(self):
        self.log.append("len")
        return 3
from collections.abc import Sequence
Sequence.register(Tracker)
t = Tracker()
match t:
    case [a, b]:
        print("two")
    case [a, b, c]:
        print("three", a, b, c)
print(("getitem", 0) in t.log)
def first_even(items):
    for it in items:
        match it:
            case int(n) if n % 2 == 0:
                return n
            case int():
                continue
            case "stop":
                break
            case _:
                print("skipping", repr(it))
    return None
print(first_even([1, "x", 3, 4, 5]), first_even([1, "stop", 2]), first_even([]))
results = []
for cmd in ["go north", "go", "look", "quit now", "take lamp key"]:
    match cmd.split():
        case ["go", direction]:
            results.append(f"moving {direction}")
        case ["go"]:
            results.append("go where?")
        case ["take", *objs]:
            results.append(f"taking {', '.join(objs)}")
        case ["quit" | "exit", *_]:
            results.append("bye")
        case [verb]:
            results.append(f"just {verb}")
print(results)
x = 5
match x:
    case 5:
        x = "rebound inside case"
print(x)
