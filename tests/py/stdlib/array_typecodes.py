"""array: typecode range errors, conversions, slicing, operators, bytes round trips."""
from array import array
import copy
for tc in 'bBhHiIlLqQ':
    out = []
    for v in (-2**70, -2**63-1, -2**31-1, -2**15-1, -129, -1, 256, 2**16, 2**31, 2**32, 2**63, 2**64, 2**70):
        try: array(tc, [v]); out.append('ok')
        except Exception as e: out.append(type(e).__name__ + ': ' + str(e))
    print(tc, out)
for f in [lambda: array('i', [1.5]), lambda: array('f', ['x']), lambda: array('u', [1]), lambda: array('u', ['ab']), lambda: array('x'), lambda: array('i', 'abc'), lambda: array('i').pop(), lambda: array('i', [1]).index(5), lambda: array('i',[1]).remove(5), lambda: array('i', [1]) + [2], lambda: array('i', [1]) + array('d'), lambda: array('i', [1]).__setitem__(slice(0, 1), [2]), lambda: array('i', [1])[5], lambda: array('i').fromunicode('x'), lambda: array('u').frombytes(b'abc'), lambda: array('i').frombytes(b'abc'), lambda: array('b', b'ab'), lambda: array('u', 'ab').tobytes(), lambda: array('i', [1,2]).tounicode(), lambda: array('i', range(3)), lambda: array('d', (1, 2)), lambda: array('i', array('d', [1.0])), lambda: array('d', array('i', [1])), lambda: array('u', array('u', 'x')), lambda: array('i', [1]).buffer_info()[1], lambda: array('i', [3, 1]) < array('i', [3, 2]), lambda: array('i', [1]) == array('d', [1.0]), lambda: repr(array('f', [0.1, 1e40])), lambda: array('f', [1e300]), lambda: array('i', [1]) * -1, lambda: array('i', [1, 2, 3])[::2], lambda: array('i', [1]).__reduce_ex__(2), lambda: array.__module__, lambda: array('i', [True]), lambda: array('B', [1]).__hash__, lambda: array('i', [1,2,3,4,5]).__delitem__(slice(1, 4, 2)), lambda: array(5), lambda: array('ii'), lambda: array('h', [1, -2]).tobytes(), lambda: array('d', [1.5, -0.25]).tobytes(), lambda: array('f', b'\x00\x00\xc0\x3f'), lambda: array('q', [2**62, -3]).tobytes(), lambda: copy.deepcopy(array('i', [1, 2])), lambda: array('i', [5, 6, 7]).index(7, -1), lambda: array('i', [1, 2]).pop(5), lambda: array('I', [1, 2]).byteswap(), lambda: array('i', [1, 2, 3, 1]).count(1)]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = array('i', [1, 2, 3])
a[::2] = array('i', [9, 8])
a += array('i', [4])
a *= 2
a.extend((5, 6))
a.fromlist([7])
a.insert(-1, 0)
print(a, len(a), a.itemsize, a.typecode, 5 in a, list(reversed(a)), sorted(a), a.tolist()[:3])
try: a[::2] = array('i', [1])
except ValueError as e: print(e)
try: a += [1]
except TypeError as e: print(e)
try: a.extend(array('d'))
except TypeError as e: print(e)
h = array('h', [1, -1, 256]); h.byteswap(); print(h)
d = array('d', [1.0, 2.5]); d.byteswap(); print(d)
