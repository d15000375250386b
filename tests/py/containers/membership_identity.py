# Membership tests and equality: identity shortcut, nan, custom __eq__, __contains__ fallbacks.
nan = float("nan")
lst = [nan, 1]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan), nan == nan)
t = (nan,)
print(t == t, (nan,) == (float("nan"),), [nan] == [nan], {nan: 1}.get(nan), {nan: 1}.get(float("nan")))
class AlwaysEq:
    def __eq__(self, o):
        return True
ae = AlwaysEq()
print(ae in [1], 1 in [ae], [1, 2].count(ae), [ae].index(5), ae in {1: 2}.values())
class NeverEq:
    def __eq__(self, o):
        return False
ne = NeverEq()
print(ne in [ne], [ne] == [ne], [ne].count(ne), (ne,) == (ne,), ne == ne)
print(1 in [1.0], 1.0 in {1}, True in [1], "a" in ["a"], [1] in [[1]], (1, 2) in {(1, 2): 0})
print(2 in range(0, 10, 2), 3 in range(0, 10, 2), 2.0 in range(3), 2.5 in range(3), True in range(2), -1 in range(-5, 0))
print("ab" in "cabd", "" in "", "x" in "", b"a" in b"abc", 97 in b"abc", [1, 2] in [[1, 2], 3])
print(3 in {3: "k"}, "k" in {3: "k"}, "k" in {3: "k"}.values(), (3, "k") in {3: "k"}.items())
class Cont:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Cont(), "other" in Cont(), "magic" not in Cont())
class IterOnly:
    def __iter__(self):
        print("  __iter__ used")
        return iter([1, 2, 3])
print(2 in IterOnly())
try:
    1 in 5
except TypeError as e:
    print("TypeError", e)
try:
    [] in {1: 2}
except TypeError as e:
    print("TypeError", e)
print([] in [{}, ()], {} == dict(), [] == (), set() == frozenset(), {1: 2}.keys() == {1})
