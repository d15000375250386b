# Deterministic fuzz of bytes/bytearray methods and codecs (compare with CPython).
x = 777
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x % n
POOL = b"ab AB\t\n\r\x0b\x0c\x1c,.-_019\x80\xc3\xa9\xe2\x82\xac\xed\xa0\x80\xf0\x9f\x98\x80\xff\x00\\'\""
def rbytes(maxlen=12):
    return bytes(POOL[rnd(len(POOL))] for _ in range(rnd(maxlen)))
def safe(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
for it in range(400):
    b = rbytes()
    t = rbytes(3)
    i, j, k = rnd(20) - 10, rnd(20) - 10, rnd(5) - 1
    ba = bytearray(b)
    print(ascii((b, t, i, j, k)))
    for s in (b, ba):
        safe(lambda: (s.find(t), s.rfind(t), s.count(t, i, j), s.find(t[:1] and t[0] or 0), s.startswith(t, i), s.endswith(t)))
        safe(lambda: (s.split(), s.split(None, k), s.rsplit(None, k), s.split(t or b","), s.rsplit(t or b",", k)))
        safe(lambda: (s.splitlines(True), s.strip(), s.strip(t), s.lstrip(), s.rstrip(t)))
        safe(lambda: (s.replace(t, b"X"), s.replace(b"", b"-", k), s.partition(t or b"a"), s.rpartition(t or b"a")))
        safe(lambda: (s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.isalpha(), s.isalnum(), s.istitle()))
        safe(lambda: (s.center(i + 15, b"*"), s.ljust(j + 12), s.zfill(j + 12), s.expandtabs(k + 2), s.hex(), s.hex(":", k or 1)))
        safe(lambda: (s[i:j], s[::k or 1], s[i], s + t, s * k, t in s, b"\xff"[0] in s))
        safe(lambda: (repr(s), s == t, s < t, bytes(s) == s, list(s)[:3]))
    for enc in ("utf-8", "ascii", "latin-1", "utf-16-le", "utf-16", "utf-32-be", "unicode_escape"):
        for err in ("strict", "replace", "ignore", "surrogateescape", "backslashreplace"):
            safe(lambda: b.decode(enc, err))
    safe(lambda: b.decode("utf-8", "surrogatepass"))
    safe(lambda: b"%s|%5s|%-3b|%r|%c|%x" % (b, t, t, b, rnd(256), i))
    ba[i % (len(ba) or 1):j % 7] = t
    safe(lambda: ba)
    if ba:
        del ba[::k or 2]
    safe(lambda: (ba, ba.pop() if ba else None, ba))
