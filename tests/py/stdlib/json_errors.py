"""json: decoding errors with exact messages and positions."""
import json
for s in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12G4"', '"a\nb"', '[1] x', '{"a":}', 'nul', 'tru', '-', '-Infinity', 'NaN', '1.', '.5', '01', '1e', '[', '{', '{"a"', '{"a":1', '"\\ud83d\\ude00"', '"\\ud83d"', '1E+2', '-0', '-0.0', '[1,\n 2,\n oops]', '\ufeff[1]', '{"":1}', '"\\/"', '1_000', '[1,2', '123abc', 'true false', '"\\u00e9"', '\t[1]\n', '[-]', '{"a":1 "b":2}', '"\x7f"', '1e400', '-1e400', '12345678901234567890123']:
    try:
        print(repr(s), repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), 'ERR', e, e.pos, e.lineno, e.colno, repr(e.msg))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
