# re: large inputs must not exhaust the C++ stack (the matcher backtracks with
# an explicit stack), and results stay exact.
import re

N = 300000
s = "a" * N
for p in ["a*", "(a)*", "(?:a|b)*", "(?:ab|a)*$", "(a|b)*?$", "(?:a)*?$", "(?>a*)", "(?:aa)++", r"(a)\1*",
          "(?=(a*))", "(?:(?:a))*", "((a)|b)+", "(a{2})*", "[^b]*", ".*", "(?s).*?$"]:
    m = re.match(p, s)
    print(p, m.span(), m.groups()[:1] if m.groups() else ())
print(re.match("(a|b)*c", s[:3000]), re.search("x", s + "x").span(), re.fullmatch("(?:a|aa)*", s).span())
print(len(re.findall("a", s)), len(re.sub("a", "bb", s)), len(re.split("(a)", s[:1000])))
print(re.search(r"(\w+)\s+\1", "x " * 10000 + "dup dup").span(), re.search("ab*c", "ab" * 50000 + "abbc").span())
t = ("word " * 20000).strip()
print(len(re.findall(r"\b\w+\b", t)), re.sub(r"(\w+)", r"<\1>", t)[:30], len(re.split(r"\s+", t)))
nested = "(" * 200 + "a" + ")" * 200
print(re.match(nested, "a").span(), re.compile(nested).groups)
