# String operators: concatenation, repetition, comparison, membership, slicing edge cases.
s = "Hello, World"
print(s + "!", s * 2, 2 * "ab", "" * 100, "x" * -1, "x" * 0)
print(s[0], s[-1], s[3:8], s[:5], s[7:], s[::2], s[::-1], s[-5:-1], s[100:], s[-100:3], s[5:2], s[5:2:-1])
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z", "a" == "a", "a" != "A", "10" < "9")
print("ll" in s, "LL" in s, "" in s, "lo, W" in s, s.count("o"), "o" not in "abc")
print(min("hello"), max("hello"), sorted("hello"), sorted("Hello", key=str.lower), "".join(sorted("cba")))
print(len(""), len("\t\n"), len("日本語"), len("👍🏽"), list("👍🏽"))
print("abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(3), "a".__lt__("b"), "a".__eq__(1))
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "h"
except TypeError as e:
    print("TypeError", e)
try:
    s[50]
except IndexError as e:
    print("IndexError", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError", e)
a = "concat"
b = a
a += "enated"
print(a, b)
print(str(123), str(-1.5), str([1, "a"]), str(b"x"), str(), str("s"), str(None))
print(str(b"abc", "ascii"), str(b"\xff", "latin-1"), str(bytearray(b"ab"), encoding="utf-8"))
print("a,b".split(",") == ["a", "b"], "-".join("abc"), "a" "b" == "ab", "tab\tsep".split("\t"))
print(hash("abc") == hash("ab" + "c"), "abc" != None)
print(ord(max("abcxyz")), chr(ord("a") + 1), [c for c in "héllo" if ord(c) > 127])
