# str methods: split/join/strip/find/replace/partition/justify and friends.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("a,b,,c".split(","), "a b  c ".split(), " ".split(), "".split(), "".split(","))
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a  b c".split(None, 1), " a b ".rsplit(None, 1))
print("line1\nline2\r\nline3\r".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "abc".partition("z"), "abc".rpartition("z"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".find("l", 3), "hello".find(""))
print("hello".index("e"), "hello".count("l"), "aaaa".count("aa"), "abc".count(""))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abab".replace("ab", ""))
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "abc".center(2), "ab".center(5))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(5))
print("a\tbc\td".expandtabs(), "a\tb".expandtabs(4), "01\t012\t".expandtabs(3))
print("hello world".title(), "HELLO".lower(), "hello".upper(), "hELLo".swapcase(), "hello WORLD".capitalize())
print("they're bill's".title(), "ß".upper(), "ß".casefold(), "ǅ".lower(), "İ".lower(), len("İ".lower()))
print("hello".startswith("he"), "hello".endswith(("x", "lo")), "hello".startswith("l", 2), "hi".startswith(""))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("z"))
print("abc" * 0, "ab" * 3, 3 * "x", "abc"[::-1])
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz", "c")))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("%".join(["1", "2"]), "abc".__contains__("b"), "abc".__len__())
print("a b".split(" "), "a  b".split(" "), "1<>2<>3".split("<>"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
