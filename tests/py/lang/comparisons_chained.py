# Chained comparisons, identity, membership, mixed-type ordering errors.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 3, 3 == 3 == 3.0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(2), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)

print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a")
print([] == [], [] is [], None is None, 1 in [1, 2], 3 not in (1, 2), "bc" in "abcd", "" in "x")
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, (1,) == [1], 1 == 1.0 == True)
print(float("nan") == float("nan"), [float("nan")] == [float("nan")])
nan = float("nan")
print([nan] == [nan], nan in [nan], nan is nan)

for a, b in [(1, "a"), ([], ()), (None, 0), ({}, {})]:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)

print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} < {2})
print(1 != 1.0, "1" != 1, b"a" == "a")

class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return isinstance(other, Eq) and self.v == other.v
print(Eq(1) == Eq(1), Eq(1) != Eq(2))
print(Eq(1) in [0, Eq(1)])
