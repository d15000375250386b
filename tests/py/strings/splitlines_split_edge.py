# splitlines boundaries and split/rsplit edge cases.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print([len(x) for x in s.splitlines(keepends=True)])
print(b"a\nb\rc\r\nd\x0be\x0cf".splitlines())
print("\n".splitlines(), "\n\n".splitlines(), "x\n".splitlines(), "\r\n".splitlines(True), "a\r".splitlines(True))
print("a b c".split(None, 0), "a b c".split(" ", 0), " a b ".split(None, 0), "a,b,c".split(",", -1), "a,b,c".rsplit(",", -5))
print("  a  b  ".split(), "  a  b  ".split(" "), "\u3000a\u3000b".split(), "a\x1cb".split(), "a\x85b".split())
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"), "".split("x"), "x".split("x"))
print("a.b.c".rsplit(".", 1), "a.b.c".split(".", 1), "a..b".split("."), "..".split("."))
print(b"  a  b ".split(), b"a,b".split(b","), b"a\x85b".split())
print("one two  three".partition(" "), "one".partition(" "), "".partition("x"), "abc".rpartition("b"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
print("Mississippi".split("ss"), "Mississippi".replace("ss", "SS", 1), "Mississippi".count("ssi"), "Mississippi".rfind("ss"))
print("a\tb".split("\t"), repr("\t".join(["", ""])), "x".join("") == "", "-".join(["only"]))
