# Mapping patterns: required keys, **rest, extra keys, value sub-patterns, non-dict mappings.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case {}:
            return "empty-or-untyped mapping"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4], "extra": 1}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False}, {"type": "key", "key": 5}, {"type": "scroll"},
          {}, {"other": 1}, [("type", "click")], "str", None]:
    print(e, "->", handle(e))
from collections import OrderedDict, defaultdict, ChainMap
for m in [OrderedDict(type="scroll"), defaultdict(int, type="dd"), ChainMap({"type": "chain"})]:
    print(type(m).__name__, "->", handle(m))
dd = defaultdict(list)
match dd:
    case {"missing": _}:
        print("matched missing?")
    case _:
        print("defaultdict missing key not created:", dict(dd))
KEY = "dynamic"
class K:
    name = "attr_key"
match {"dynamic": 1, "attr_key": 2, 3: "int key", None: "none key"}:
    case {K.name: v1, 3: v2, None: v3}:
        print("dotted key", v1, v2, v3)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
