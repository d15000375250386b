import unicodedata as ud
chars = "aZ5 \t\n_-(]«»$+€é\u0301\u0300\u0327\u00e9\u4e00\uac00\u2163\u00bd\u0660\u2070\u00b2\U0001f600\U0010ffff\ud800\ufeff\u200b\u05d0\u0628\uff21\uff71"
for c in chars:
    print(hex(ord(c)), ud.category(c), ud.bidirectional(c), ud.east_asian_width(c), ud.combining(c),
          ud.mirrored(c), ud.decomposition(c), ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None))
total = {}
for cp in range(0, 0x30000, 7):
    c = chr(cp)
    key = (ud.category(c), ud.east_asian_width(c), ud.bidirectional(c))
    total[key] = total.get(key, 0) + 1
print(sorted(total.items())[:40])
print(sum(ud.numeric(chr(cp), 0) for cp in range(0x110000)))
print(sum(len(ud.decomposition(chr(cp))) for cp in range(0x30000)))
samples = ["café", "cafe\u0301", "\u1e9b\u0323", "\uac00\u11a8", "\u1100\u1161\u11a8", "ﬁ", "Å", "A\u030a",
           "\u2126", "x\u0323\u0307y", "\u0344", "①②", "\u00bd", "ｶﾞ", "\u0f73", "e\u0301\u0327\u0300", "",
           "\u0958", "ä\u0316", "Ǆ", "\U0001d15e"]
for s in samples:
    print([ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
import random
r = random.Random(5) if hasattr(random, "Random") else None
bad = 0
for cp in range(0, 0x30000, 5):
    c = chr(cp) + "\u0301" + chr((cp * 7) % 0x3000) + "\u0323"
    if 0xD800 <= cp < 0xE000:
        continue
    for f in ("NFC", "NFD", "NFKC", "NFKD"):
        n = ud.normalize(f, c)
        for ch in n:
            bad = (bad * 1000003 + ord(ch)) % 2305843009213693951
print(bad)
for f, a in [(ud.category, "ab"), (ud.category, 5), (ud.decimal, "a"), (ud.digit, "x"), (ud.numeric, "q")]:
    try:
        f(a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ud.normalize("NFX", "a")
except ValueError as e:
    print(e)
print(ud.unidata_version)
