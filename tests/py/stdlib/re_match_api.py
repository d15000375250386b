# re: Pattern and Match object API (groups, spans, reprs, attributes).
import re
import copy

p = re.compile(r"(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?")
m = p.search("hello  Jane Doe?")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, "last", 0))
print(m.groups(), m.groups("dflt"), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end("first"), m.span("opt"), m.start(3))
print(m[0], m["first"], m[2], m[3])
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p, m.regs)
print(bool(m), type(m).__name__, type(m), type(p), re.Pattern, re.Match)
for bad in (4, -1, "nope", 2.0, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m.group([1])
except TypeError as e:
    print("TypeError", e)
print(m.group(True), m.group(False))
print(p.pattern, p.flags, p.groups, p.groupindex, type(p.groupindex).__name__)
try:
    p.groupindex["x"] = 1
except TypeError as e:
    print("TypeError", e)
print(repr(p), repr(re.compile("a", re.I | re.S)), repr(re.compile(b"x", re.M)))
print(repr(re.compile("x" * 300)))
print(re.compile("a" * 60).match("a" * 60))
print(repr(re.compile("a", re.A)), repr(re.compile("a", re.U)), repr(re.compile("(?x)a")))
print(re.compile("(?i)a").flags, re.compile("a", re.I | re.A).flags, re.compile(b"a").flags)

# lastindex / lastgroup
for pat, s in [(r"(a)(b)", "ab"), (r"((a)b)", "ab"), (r"(a)|(b)", "b"), (r"(?P<x>a)(?P<y>b)?", "a"),
               (r"(a)(?:b)", "ab"), (r"a", "a"), (r"(?:(a)|b)*", "ab"), (r"(a)(?=(b))", "ab")]:
    mm = re.match(pat, s)
    print(pat, mm.lastindex, mm.lastgroup, mm.groups())

# pos / endpos
q = re.compile(r"\w+")
print(q.match("abc def", 4), q.search("abc def", 1, 5), q.match("abc", -10).pos, q.match("abc", 0, 99).endpos)
print(q.fullmatch("abc def", 4), q.fullmatch("abc def", 0, 3), q.findall("ab cd ef", 3), q.findall("ab cd ef", 1, 4))
print(re.compile("^b").search("ab", 1), re.compile("(?m)^b").search("a\nb", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile(r"(?<=a)b").search("ab", 1), re.compile(r"\bb").search("ab", 1))
print(re.compile("").match("abc", 2, 1), re.compile("x*").match("abc", 3, 1), re.compile("").search("abc", 2, 1))
print([m.span() for m in q.finditer("ab cd ef", 2, 7)])
print(q.match(string="xy", pos=1), q.search("a b", endpos=1))

# copy / equality / hashing
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I),
      re.compile("a") == re.compile(b"a"), re.compile("a") != re.compile("b"))
print(hash(re.compile("abc")) == hash(re.compile("abc")))
print(re.Pattern[str], re.Match[bytes])
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)

# expand
m = re.match(r"(?P<a>\w)(\w)?", "x")
print(repr(m.expand(r"<\1|\g<a>|\g<2>|\g<0>|\n\t\\|\-|\&>")))
for t in [r"\3", r"\g<b>", r"\g<", r"\g<1", r"\g<-1>", r"\q", "\\"]:
    try:
        print(m.expand(t))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

# scanner
sc = re.compile(r"\d").scanner("a1b22")
print(sc.pattern.pattern, sc.search(), sc.search(), sc.match(), sc.match(), sc.search())
sc = re.compile(r"\d*").scanner("12a")
print([sc.match() for _ in range(4)])
it = re.finditer(r"\d", "1a2")
print(type(it).__name__, next(it), list(it))

# Match repr with bytes and special characters
print(re.match(b"a.", b"a\xff"), re.search("\n", "x\ny"), re.match("'\"", "'\"x"))
