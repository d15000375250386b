# json: dumps options, loads, round trips, errors, custom encoders/hooks.
import json
data = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": None, "y": True, "z": 1.5}, "uni": "é日"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.dumps([1, 2], indent=0), json.dumps({}), json.dumps([]), json.dumps("s\"q\\\n\t"), json.dumps(None))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool key", None: "none key"}))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(1e100), json.dumps(0.1), json.dumps(10 ** 30))
print(json.dumps((1, 2)), json.dumps({"t": (1,)}), json.dumps("\u2028\ud83d\ude00"), json.dumps("😀"))
print(json.loads('{"a": [1, 2.0, "x", null, true, false], "b": {"c": -1e-3}}'))
print(json.loads("[]"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  42  "), json.loads("NaN"), json.loads("-Infinity"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.0"), type(json.loads("1")).__name__, json.loads("12345678901234567890"))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "tru", '{"a" 1}', "[1] x", '"\\x"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e.msg, e.pos, e.lineno, e.colno, "|", e)
for bad in [{1, 2}, b"bytes", object, {(1, 2): 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError", e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), json.dumps({"c": 1j}, default=lambda o: [o.real, o.imag]))
print(json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items())), json.loads("[1.5]", parse_float=str))
print(json.loads('[["a", 1]]', object_pairs_hook=dict), json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda p: p))
rt = {"list": [1, [2, [3]]], "s": "x"}
print(json.loads(json.dumps(rt)) == rt, json.dumps("ascii", ensure_ascii=True))
