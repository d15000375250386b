# Numeric hashing invariants (equal numbers hash equal) and dict/set behaviour with mixed numerics.
from fractions import Fraction
from decimal import Decimal
groups = [[1, 1.0, True, Fraction(1), Decimal(1), 1 + 0j], [0, 0.0, -0.0, False, 0j], [0.5, Fraction(1, 2), Decimal("0.5")],
          [2 ** 61 - 1, float(2 ** 61 - 1) if False else 2 ** 61 - 1], [-1, -1.0], [2 ** 100, float(2 ** 100)]]
for g in groups:
    print([hash(x) for x in g], len(set(hash(x) for x in g)) == 1, len(set(g)))
print(hash(-1), hash(-2), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 100))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e100), hash(float("inf")), hash(-float("inf")), hash(2.5e-300))
print(hash((1, 2)), hash(()), hash((1,)), hash((1, (2, 3))), hash((True, 1.0)) == hash((1, 1)))
print(hash(1 + 2j), hash(1j), hash(complex(1.5, -2)), hash(frozenset()), hash(frozenset({1, 2, 3})))
d = {}
for k in [1, 1.0, True, Fraction(1), 2, 2.0]:
    d[k] = type(k).__name__
print(d)
s = {0, 0.0, False, -0.0, 1, True}
print(s, len({float("nan"), float("nan")}))
print({1: "x"}[True], {True: "y"}[1.0], 1.0 in {1}, Fraction(1, 2) in {0.5})
print(hash(None) == hash(None), hash("") == 0, hash(b"") == 0)
