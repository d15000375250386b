# re: module-level API odds and ends: Scanner, template, purge, the cache,
# possessive/atomic groups, conditionals, lookbehind and CPython's capture
# quirks in possessive repeats.
import re
import warnings

print(sorted(re.__all__)[:6], re.__version__, re.A is re.ASCII, re.NOFLAG == 0)

def s_ident(scanner, token): return ("ident", token)
def s_number(scanner, token): return ("num", int(token))
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+(?:\.\d*)?", s_number),
    (r"=|\+|-|\*|/", lambda s, t: ("op", t)),
    (r"\s+", None),
])
print(scanner.scan("sum = x + 42 * y3 - 7 ?rest"))
print(re.Scanner([(r"(a)(b)", "AB"), (r"c", "C")]).scan("abcab!"))
print(re.Scanner([(b"a+", lambda s, t: t.upper())]).scan(b"aaab"))

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    t = re.template("a.c")
print(t.match("abc"), t.flags & re.T)

p1 = re.compile("cached")
print(re.compile("cached") is p1, re.compile("cached", 0) is p1, re.compile("cached", re.I) is p1)
re.purge()
print(re.compile("cached") is p1, re.compile("cached") == p1)

# atomic groups and possessive quantifiers
print(re.match("(?>a+)b", "aaab"), re.match("(?>a+)a", "aaa"), re.match("a++a", "aaa"), re.match("a*+b", "aab"))
print(re.match("(?:ab|a)++b", "abab"), re.match("(?:a|ab){2}+", "aba"), re.match("(?>(?:a|ab){2})", "aba"))
print(re.findall(r"\d++\.", "12. 345x 6."), re.match(r"x?+x", "x"), re.match(r"(a{1,2}+)(a)", "aaa").groups())
print(re.match("(?:(a)b|a)++", "aba").span(1), re.match("(?:(a)b|a)+", "aba").span(1))
print(re.match("(?:b*(a)c|b*a)++", "acba").span(1), re.match("(?:(a)c|(?=(a)b)a)++", "acab").groups())

# conditionals and lookarounds
for s in ["<a>", "a", "<a", "a>"]:
    print(s, re.fullmatch(r"(<)?a(?(1)>|)", s), re.fullmatch(r"(?P<lt><)?a(?(lt)>)", s))
print(re.findall(r"(?<=\$)\d+", "cost $12 or $3"), re.findall(r"(?<!\$)\b\d+", "cost $12 or 3"))
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\w+(?!,)\b", "a, b, c"), re.sub(r"(?<=a)(?=b)", "-", "abab"))
print(re.match(r"(?=(\w+))\w", "abc").groups(), re.match(r"(?!(a)b)\w", "ac").groups())
print(re.search(r"(?<=(a))b", "ab").groups(), re.search(r"(a)(?<=\1)b", "ab"), re.search(r"(?<=\b)x", " x"))

# backreferences
print(re.match(r"(a)(b)?\2", "a"), re.match(r"(a)|\1", "x"), re.findall(r"(\w)\1", "aabbcd"))
print(re.match(r"(?P<q>['\"]).*?(?P=q)", "'hi' there").group(), re.match(r"(?i)(ab)\1", "abAB"))
print(re.match(r"(a)(?:b\1|c)+", "abacab"), re.match(r"((a)|b)+\2", "aba"))

# repeats of empty-matching groups and captures of the last iteration
for p, s in [(r"(a|)*", "aa"), (r"(a|)+", "aa"), (r"(a?)*?b", "aab"), (r"(?:(a)|b)*", "ab"),
             (r"(?:(a)|(b))*", "abab"), (r"(a*)*", "aa"), (r"(a*)+", "aa"), (r"(a*?)*", "aa"),
             (r"((a)|(b))*", "ab"), (r"(?:(a)|b)*?c", "abc"), (r"(a){0}b", "b"), (r"(?:x*)*y", "xxy"),
             (r"(a)*?b\1", "aaba"), (r"(?:(\w)(\d)?)+", "a1b")]:
    m = re.match(p, s)
    print(p, m and (m.span(), m.groups(), m.lastindex))
