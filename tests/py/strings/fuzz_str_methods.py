# Deterministic fuzz of str methods over mixed-kind strings (compare with CPython).
ALPH = "ab AB\t\n\r\x0b\x1c\x85\xa0\u3000,.-_0123é\u0130\u03a3\u03c3\u03c2\u1e9e\u00df\u01c5\uff21\U0001f600\U00010400"
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x % n
def rstr(maxlen=12):
    return "".join(ALPH[rnd(len(ALPH))] for _ in range(rnd(maxlen)))
def show(v):
    print(ascii(v))
def safe(f):
    try:
        show(f())
    except Exception as e:
        print(type(e).__name__, e)
for it in range(600):
    s = rstr()
    t = rstr(4)
    i, j = rnd(20) - 10, rnd(20) - 10
    k = rnd(5) - 1
    show((s, t, i, j, k))
    safe(lambda: (s.find(t), s.rfind(t), s.count(t), s.find(t, i, j), s.rfind(t, i), s.count(t, i, j)))
    safe(lambda: (s.startswith(t), s.endswith(t), s.startswith(t, i, j), s.endswith((t, "a"), i)))
    safe(lambda: (s.split(), s.split(None, k), s.rsplit(None, k)))
    safe(lambda: (s.split(t), s.split(t, k), s.rsplit(t, k)))
    safe(lambda: (s.splitlines(), s.splitlines(True)))
    safe(lambda: (s.strip(), s.lstrip(), s.rstrip(), s.strip(t), s.lstrip(t), s.rstrip(t)))
    safe(lambda: (s.replace(t, "X"), s.replace(t, "", k), s.replace("", "-", k)))
    safe(lambda: (s.partition(t), s.rpartition(t)))
    safe(lambda: (s.lower(), s.upper(), s.casefold(), s.swapcase(), s.title(), s.capitalize()))
    safe(lambda: (s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
                  s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier(), s.isascii()))
    safe(lambda: (s.center(i + 15, "*"), s.ljust(j + 12), s.rjust(i + 12, "é"), s.zfill(j + 12)))
    safe(lambda: (s.expandtabs(k + 2), s[i:j], s[::k or 1], s[i::-1], s[j:i:-2]))
    safe(lambda: (s < t, s <= t, s == t, s > t, t in s, s + t, s * (k + 1)))
    safe(lambda: (repr(s), ascii(s), len(s), list(s)[:3], hash(s) == hash(s[:] + "")))
    safe(lambda: (s.encode("utf-8", "surrogatepass"), s.encode("utf-16", "surrogatepass"),
                  s.encode("latin-1", "replace"), s.encode("ascii", "backslashreplace")))
    safe(lambda: (s.translate({ord("a"): "AA", ord(" "): None, 0x3a3: 0x3c3}), t.join([s, s, ""])))
    safe(lambda: ("%s|%r|%a|%5s|%-5.2s|" % (s, s, s, t, t), "{!r:>20}|{:^9.3}|".format(s, t)))
