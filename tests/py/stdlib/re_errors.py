# re: compile errors (messages, positions, exception types) and flag checks.
import re

PATTERNS = [
    "[a", "*", "a**", "a*+*", "(", "a)", "ab)c", "(?P<1>a)", "(?P<a>a)(?P<a>b)", "(?P=b)",
    "(a)\\2", "\\", "a\\", "[a-\\d]", "[z-a]", "a{3,2}", "a{99999999999}", "(?z)", "(?<x)",
    "(?", "(?P", "(?Px)", "(?#abc", "(?i", "(?i-", "(?-i)", "(?i-i:a)", "(?a-u:a)", "(?au)",
    "(?L)a", "(?i)(?m)a", "a(?i)b", "(?i:a)(?m)", "(?(1)a|b|c)", "(?(a)x)", "(?(0)x)", "(?(-1)x)",
    "(?(1x)a)", "(?<=a+)b", "(?<!a|bc)x", "(a)(?<=\\1)", "(?<=(a)\\1)", "\\x1", "\\u12", "\\U0011ffff",
    "\\q", "[\\q]", "[\\A]", "\\400", "[\\400]", "\\8", "[\\8]", "(a)(?P=a)", "(?P<a>x)(?P=a", "(?P<a",
    "(?P<>x)", "(?P=)", "a|*", "^*", "\\b+", "(?=a)*", "(?:)+", "a{,", "x{1,2}{3}", "(?x) a # c\n b",
    "(?x)[ ]a", "\\N{nope}", "\\N", "\\N{",
    "\n\n(", "ab\ncd)", "(?i)(?x)  a", "(?t:a)", "(?-t:a)", "(?x", "(?<=a{2})b", "(?<=a{1,2})b",
    "[]", "[]a", "[^]", "[^]a]", "[a-]", "[-a]", "[\\w-z]", "[a-\\w]", "(?P<a-b>x)", "(?P<é>x)",
    "(?>a", "a++b", "a?+?", "a{2}+", "(?(1", "(?(1)", "(?(1)a", "((a)",
]
for p in PATTERNS:
    try:
        c = re.compile(p)
        print(repr(p), "ok", c.groups, c.flags)
    except re.error as e:
        print(repr(p), "re.error:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for p in [b"[a", b"\\u1234", b"(?u)a", b"(?P<\xe9>x)", b"\\\xe9", b"(?a)\\w", b"(?L)\\w", b"\\q"]:
    try:
        c = re.compile(p)
        print(p, "ok", c.flags)
    except re.error as e:
        print(p, "re.error:", e, "|", e.pos)
    except Exception as e:
        print(p, type(e).__name__, e)

for args in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L), ("a", re.T)]:
    try:
        print(re.compile(*args))
    except Exception as e:
        print(type(e).__name__, e)

for bad in [1, None, [1], b"a".decode()]:
    try:
        print(re.compile(bad))
    except Exception as e:
        print(type(e).__name__, e)

p = re.compile("a")
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print(e)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.args)
e = re.error("plain")
print(e, e.pattern, e.pos, e.lineno)
