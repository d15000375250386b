# hash() on hashable builtins (deterministic ones only) and unhashable errors.
print(hash(0), hash(1), hash(-1), hash(123456789), hash(2 ** 61 - 1), hash(2 ** 61 + 5), hash(-(2 ** 70)))
print(hash(0.0), hash(1.5), hash(-2.25), hash(1e300), hash(float("inf")), hash(3.0) == hash(3))
print(hash(True), hash(False), hash(()), hash((1,)), hash((1, 2, 3)), hash(((1, 2), (3,))))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset(range(5))), hash(range(0, 3)) == hash(range(3)))
print(hash(1j), hash(2 + 3j), hash(complex(0.5, 0)) == hash(0.5))
for v in [[], {}, set(), bytearray(), [1, 2], {"a": 1}, ([],), slice(1, 2)]:
    try:
        hash(v)
        print("hashable", type(v).__name__)
    except TypeError as e:
        print("TypeError", e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
print(hash(H(42)), hash(H(-1)), hash(H(2 ** 64)), len({H(1), H(1), H(2)}))
print(hash(b"") == hash(""), hash("") == 0, hash(b"") == 0)
