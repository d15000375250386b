# Unicode case mapping, casefold, title/capitalize/swapcase and final sigma.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = ["hello World", "ÀÉÎõü ÿ", "straße", "İstanbul", "ǅungla ǆ Ǆ", "ŉ", "ﬁne ﬂow",
           "ΣΊΣΥΦΟΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ ΑΣa Σ", "Σ", "aΣ", "aΣb", "a.Σ", "Привет Мир",
           "ǰ", "ΐ", "ﬃ", "ᾳ", "Ꭰ", "ꭰ", "𐐀𐐨", "ß", "123abc", "o'neil", "they're bill's",
           "\u0130\u0131", "A\u0345\u03a3", "ⓐⒶ", "ǈ", "ɐ", "ᲀ"]
for s in samples:
    print(repr(s), repr(s.lower()), repr(s.upper()), repr(s.casefold()), repr(s.title()),
          repr(s.capitalize()), repr(s.swapcase()))
    print(" ", s.islower(), s.isupper(), s.istitle())
t(lambda: "abc".lower() == "abc")
t(lambda: "ABC".lower())
t(lambda: "".upper())
# every Latin-1 / Greek / Cyrillic character round trip
out = []
for cp in list(range(0x20, 0x250)) + list(range(0x370, 0x530)) + list(range(0x1e00, 0x2000)):
    c = chr(cp)
    out.append(c.upper() + c.lower() + c.title() + c.casefold())
print(hash("".join(out)) == hash("".join(out)), len("".join(out)))
print("".join(out)[:400])
import sys
checksum = 0
for cp in list(range(0x3000)) + list(range(0x3000, 0x110000, 89)):
    c = chr(cp)
    v = (c.isalpha() << 0 | c.isdecimal() << 1 | c.isdigit() << 2 | c.isnumeric() << 3 |
         c.isspace() << 4 | c.isprintable() << 5 | c.islower() << 6 | c.isupper() << 7 |
         c.istitle() << 8 | c.isidentifier() << 9 | c.isalnum() << 10)
    u = c.upper()
    checksum = (checksum * 31 + v + len(u) * 7 + ord(u[0])) % 1000000007
print("class checksum", checksum)
