# re: sub/subn (templates, callables, counts), split and findall, including the
# empty-match rules of Python 3.7+.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k> (\g<0>)", "a=1 b=2"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub("a", "\\-", "a")), repr(re.sub("a", r"\101\0\08", "a")))
print(re.sub(r"(a)|b", r"[\1]", "ab"), re.sub("x", "-", "abc"), re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"), re.sub("x*?", "-", "xx"), re.sub(r"\b", "|", "hi there"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=1), re.sub("a", "b", "aaa", -1))
print(re.subn("a", "b", "banana"), re.subn("z", "b", "banana"), re.subn("", "-", ""))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22c333"))
print(re.sub(r"(\d)", lambda m: None, "a1b2"))
print(re.sub("(?i)B", "x", "abBc"), re.sub("a|(b)", r"<\1>", "abc"))
print(re.sub(r"(?m)^", "> ", "line1\nline2\n"), re.sub(r"$", "!", "a\nb\n"), re.sub(r"(?m)$", "!", "a\nb\n"))
print(re.compile(r"\s+").sub(" ", "a  b \t\n c"), re.compile("o").subn("0", "foo boo", 3))
print(re.sub(b"a", b"\\\\x", b"bab"), re.sub(b"(a)", rb"[\1]", b"xay"), re.sub(b"a", lambda m: b"Z", b"aa"))
for repl, string in [(lambda m: 1, "a"), (b"x", "a"), ("x", b"a"), (lambda m: "x", b"a"), (1, "a")]:
    try:
        print(re.sub("a", repl, string) if isinstance(string, str) else re.sub(b"a", repl, string))
    except TypeError as e:
        print("TypeError", e)
for t in [r"\2", r"\g<x>", r"\g<3>", r"\g<0>\g<1>", r"\g< 1>", r"\g<1a>", r"\400", "\\"]:
    try:
        print(repr(re.sub("(a)", t, "xa")))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.sub("(a)", r"\2", "xyz") if False else "skip")
try:
    re.sub("(a)", r"\2", "xyz")
except re.error as e:
    print("error even without a match:", e)

print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", 1), re.split(r"\W+", "Words, words", maxsplit=-1))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(\W+)", "...words, words..."))
print(re.split(r"\b", "Words, words"), re.split(r"\W*", "...words..."), re.split(r"(\W*)", "...words..."))
print(re.split("x*", "axbc"), re.split("", "abc"), re.split("(a)|b", "xaybz"), re.split("a", ""))
print(re.split(b",", b"a,b,,c"), re.split("(?=b)", "abab"), re.split(r"(?<=a)", "abab"))

print(re.findall(r"\w+", "a bb ccc"), re.findall(r"(\w)(\w)?", "abc"), re.findall(r"(\w)\w", "abcd"))
print(re.findall("", "ab"), re.findall("a*", "baaac"), re.findall("a*?", "aa"), re.findall(r"\b", "a b"))
print(re.findall("(a)|b", "ab"), re.findall(b"\\d", b"a1b2"), re.findall("(?i)[a-c]", "AbCd"))
print(re.findall(r"(?=(\w\w))", "abcd"), re.findall(r"\d+|x", "12x34"))
print([m.group() for m in re.finditer(r"\w*", "ab cd")], [m.span() for m in re.finditer("", "ab")])

print(re.escape("a.b*c?d+e[f]g{h}i(j)k|l^m$n\\o/p q\tr-s&t~u#v%w'x\"y,z_0"), re.escape(b"a.b\xff\x00"))
print(re.escape("é日本\n"), re.fullmatch(re.escape("a+b (c)"), "a+b (c)"))
