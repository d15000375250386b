"""json: dumps options (indent, separators, sort_keys, ensure_ascii, default), loads hooks, bytes input."""
import json, enum, collections, io
class C(enum.IntEnum):
    A = 1
class F(float): pass
data = {"a": [1, 2.5, True, False, None, "s\u00e9\n\"\\\t\x01\x7f\u2028😀"], "b": {"c": {}, "d": []}, 3: 4, 1.5: 'x', True: 'T', None: 'N', "e": (1, 2), "f": C.A, "g": F(2.0), "h": 1e100, "i": -0.0, "j": 10**30, "k": 0.1}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(',', '='), ensure_ascii=False))
print(json.dumps(data, indent=0))
print(json.dumps([[], {}, [[]], {"a": {}}], indent=3))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
for bad in [lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps({(1,2): 3}), lambda: json.dumps(object()), lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True), lambda: json.dumps(set())]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d = {}; d['x'] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps({(1,2): 3, 'ok': 1}, skipkeys=True))
print(json.dumps(set([3]), default=list), json.dumps({"s": {1}}, default=sorted))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1j, 2+3j], cls=E), E().encode("str"), E().encode(5), list(E().iterencode({"a": [1, 2]})))
print(json.dumps("plain"), json.dumps(None), json.dumps(3), json.dumps(2.0), json.dumps([]), json.dumps(collections.OrderedDict([('z', 1), ('a', 2)])))
buf = io.StringIO(); json.dump({"x": [1, {"y": 2}]}, buf, indent=1); print(buf.getvalue())
s = json.dumps(data)
print(json.loads(s))
print(json.loads('{"a": 1, "a": 2, "b": [1, 2, {"c": null}]}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, "x"]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: c))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')), json.loads('{"k": 2}'.encode('utf-32-le')), json.loads(bytearray(b'"x"')))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
try: json.loads(5)
except TypeError as e: print(e)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] rest'), dec.raw_decode('  {"a":1}', 2))
try: dec.raw_decode(' [1]')
except json.JSONDecodeError as e: print(e)
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.msg, e.doc, e.pos, e.lineno, e.colno, e.args)
print(json.dumps(json.loads('{"unicode": "\\u00e9\\ud83d\\ude00\\u0000"}')))
print(repr(json.loads('"\\ud800\\u0041"')))
