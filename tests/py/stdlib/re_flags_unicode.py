# re: flags (RegexFlag, inline flags, scoped flags), Unicode classes, case
# folding (including CPython's special equivalences) and bytes patterns.
import re

print(re.I, re.IGNORECASE, re.M | re.S, re.A | re.X, repr(re.U), re.NOFLAG, re.L | re.T | re.DEBUG)
print(int(re.I), re.I | 2048, type(re.I).__name__, re.RegexFlag.DOTALL, isinstance(re.M, int))
print(re.I.value, re.VERBOSE.name, re.X is re.VERBOSE, list(re.RegexFlag)[:3])
print(re.A == 256, re.I == 2, re.L == 4, re.M == 8, re.S == 16, re.U == 32, re.X == 64)

# inline and scoped flags
print(re.findall("(?i)ab", "AB aB ab"), re.findall("(?i:a)b", "Ab AB"), re.findall("a(?i:b)", "aB AB"))
print(re.findall("(?-i:a)b", "ab Ab AB", re.I), re.findall("(?s).", "a\n"), re.findall("(?s:.).", "\n\n\n"))
print(re.findall("(?m)^\\w", "a\nb"), re.findall("(?m:^\\w)|^x", "x\nb"), re.findall("^\\w", "a\nb"))
print(re.findall(r"(?x) a b  # comment", "ab a b"), re.findall(r"(?x)a\ b[ ]c", "a b c"), re.findall("a b", "a b", re.X))
print(re.match(r"(?a)\w+", "héllo"), re.match(r"\w+", "héllo"), re.match(r"(?a:\w)\w", "éé"), re.match(r"(?u)\w", "é"))
print(re.compile("(?x)(?i)a").flags, re.compile("(?a)a").flags, re.compile("(?ims)a").flags)
print(re.match("(?x: a (?-x: b))", "a b"), re.match("(?x: a (?-x: b))", "a  b"))

# Unicode classes
s = "a1_ \t\n\x1c\x85\xa0é\u0661\u00b2\u2167\u3000\u2028日-"
print([c for c in s if re.match(r"\w", c)], [c for c in s if re.match(r"\d", c)])
print([c for c in s if re.match(r"\s", c)], [c for c in s if re.match(r"(?a)\s", c)])
print([c for c in s if re.match(r"(?a)\w", c)], [c for c in s if re.match(r"[\W\d]", c)])
print(re.findall(r"\b\w+\b", "héllo wörld 日本"), re.findall(r"(?a)\b\w+\b", "héllo wörld"))
print(re.findall(r"\B.", "ab cd"), re.search(r"\B", ""), re.search(r"\b", ""), re.findall(r"\b", "é"))

# case-insensitive matching
pairs = [("a", "A"), ("k", "\u212a"), ("K", "\u212a"), ("s", "\u017f"), ("S", "\u017f"), ("i", "\u0130"),
         ("i", "\u0131"), ("I", "\u0131"), ("\u0130", "i"), ("\u03c3", "\u03c2"), ("\u03a3", "\u03c2"),
         ("\xb5", "\u039c"), ("\u1e9e", "\xdf"), ("\xdf", "SS"), ("\u01c5", "\u01c4"), ("\u01c5", "\u01c6"),
         ("\U00010400", "\U00010428"), ("\u0345", "\u1fbe"), ("\ufb05", "\ufb06"), ("1", "1"), ("é", "É")]
for a, b in pairs:
    r = [bool(re.fullmatch(a, b, re.I)), bool(re.fullmatch("[%s]" % a, b, re.I)),
         bool(re.fullmatch("[^%s]" % a, b, re.I)), bool(re.fullmatch(a, b, re.I | re.A)),
         bool(re.fullmatch("[%s-%s]" % (a, a), b, re.I))]
    print(ascii(a), ascii(b), r)
print(re.findall("[a-z]+", "ABC \u212a \u017f", re.I), re.findall("(?i)[^a-z]", "AbK\u212a"))
print(re.findall("(?i)[\U00010400-\U00010410]", "\U00010428\U00010400"), re.findall("(?i)[\U00010400\U00010401]", "\U00010428\U00010400"))
print(re.match(r"(?i)(a)\1", "aA"), re.match(r"(?i)(\u212a)\1", "\u212ak"), re.match(r"(?i)(s)\1", "s\u017f"))
print(re.findall(r"(?i)[\w]", "A\u212a"), re.findall(r"(?i)[^\W]", "Ab"), re.match("(?i)\\u212a", "K"))

# bytes patterns
print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"\s", b" \t\x1c\x85\xa0"), re.findall(rb"\d", b"1\xb2"))
print(re.match(b"(?i)\xe9", b"\xc9"), re.match(b"(?i)a", b"A"), re.match(b"(?L)(?i)[^ab]", b"a"))
print(re.match(rb"(?i)[a-z]+", b"HeLLo"), re.match(rb"(?L)\w+", b"abc"), re.compile(b"(?L)a").flags)
print(re.search(b"b", bytearray(b"abc")), re.search(b"b", memoryview(b"abc")), re.sub(b"b", b"x", bytearray(b"abc")))
print(re.match(b".", bytearray(b"\x00")).group(), type(re.match(b".", bytearray(b"x")).group()))
print(re.findall(b"[\x80-\xff]", b"a\x80\xffb"), re.split(rb"\x00", b"a\x00b"))

# str subclasses and non-BMP text
class S(str):
    pass
m = re.match(r"\w+", S("abc def"))
print(m, type(m.group()).__name__, type(m.string).__name__)
t = "x\U0001F600y\u20ac\U0001F601"
print(re.findall(".", t), re.search("\U0001F601", t).span(), re.sub("[\U0001F600-\U0001F64F]", "?", t))
print(re.findall("[\u0100-\uffff]", "a\u0101\uffff\U00010000"), len(re.match(".*", "\u20ac" * 5).group()))

# NUL and other characters padding internal tables must not fold to letters
print(re.findall("(?i)[k\n]|\\0", "bKi\0"), re.match("(?i)\\0", "i"), re.findall("(?i)[\\0-\\x08]", "\0ai\x08"))
