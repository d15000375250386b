# re: matching, searching, groups, substitution, splitting, flags, errors.
import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com trailing")
print(m.group(0), m.group(1), m.group(2), m.groups(), m.span(), m.start(2), m.end(), m.string[:5])
print(re.match(r"\d+", "abc"), re.search(r"\d+", "abc123def").group(), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"x*", "axxb"))
print([m.group() for m in re.finditer(r"[aeiou]", "education")], [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.sub(r"\s+", " ", "a   b \t\n c"), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.subn(r"a", "A", "banana"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"), re.sub(r"x", "y", "xxx", count=2), re.sub("", "-", "abc"))
print(re.split(r"[,;]\s*", "a, b;c,  d"), re.split(r"(,)", "a,b"), re.split(r"\s", "a b c", maxsplit=1), re.split(r"x*", "axb"))
p = re.compile(r"(?P<key>\w+)=(?P<val>[^;]*)")
ms = p.findall("a=1;b=two;c=")
print(ms, p.pattern, p.groups, sorted(p.groupindex.items()))
m2 = p.search("xx k=v")
print(m2.group("key"), m2["val"], m2.groupdict(), m2.lastgroup, m2.lastindex, m2.expand(r"\g<val>:\g<key>"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.findall(r"HELLO", "hello", re.I))
print(re.match(r"""(\d+)  # number
                   \s*(\w+) # unit""", "10 kg", re.X).groups())
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("-"), re.search(r"(a)|(b)", "b").span(1))
print(re.escape("a.b*c?"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"(?<=\$)\d+", "$10 and $20"))
print(re.findall(r"(?i)straße", "STRASSE Straße"), re.findall(r"\w+", "naïve café 日本"), re.findall(r"[^\W\d]+", "ab12cd"))
print(re.match(r"(a+)+b", "aaab").group(), re.match(r"a{2,3}", "aaaa").group(), re.match(r"a{2,3}?", "aaaa").group(), re.match(r".*?x", "abxcx").group())
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"), re.sub(r"a|(b)", r"[\1]", "ab"))
for bad in [r"(", r"[a-", r"a**", r"(?P<1>x)", r"\k"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", repr(bad), e.msg, e.pos)
print(bool(re.match("", "")), re.search(r"$", "abc").span(), re.findall(r"\d{2}", "12345"), re.purge())
