# Value patterns (dotted names), enums, constants compared with ==.
from enum import Enum, IntEnum
class Color(Enum):
    RED = "r"
    GREEN = "g"
class Level(IntEnum):
    LOW = 1
    HIGH = 2
class Const:
    ANSWER = 42
    NAME = "const"
import math
def check(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Level.HIGH:
            return "high level"
        case Const.ANSWER:
            return "the answer"
        case Const.NAME:
            return "const name"
        case math.pi:
            return "pi"
        case _:
            return "other"
for v in [Color.RED, Color.GREEN, "r", Level.HIGH, 2, 2.0, 42, 42.0, "const", math.pi, 3.14, Level.LOW]:
    print(repr(v), "->", check(v))
class Eq:
    def __eq__(self, other):
        print("  Eq.__eq__ called with", other)
        return other == "special"
class Holder:
    SPECIAL = Eq()
match "special":
    case Holder.SPECIAL:
        print("matched via __eq__")
match "nothing":
    case Holder.SPECIAL:
        print("no")
    case _:
        print("fallback")
def http(status):
    match status:
        case 200 | 201 | 204:
            return "success"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int() if 400 <= status < 500:
            return "client error"
        case 500:
            return "server error"
        case _:
            return "unknown"
print([http(s) for s in [200, 204, 302, 404, 418, 500, 999]])
