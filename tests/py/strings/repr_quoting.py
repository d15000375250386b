# repr() quote selection and escaping; eval(repr(s)) round-trips.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\", "nul\x00",
           "bell\x07", "del\x7f", "c1\x85", "nbsp\xa0", "soft\xad", "é", "日本", "😀", "\u200b", "\ufeff",
           "\U000e0001", "\ud800", "\x1b[0m", "'", '"', "''\"", ""]
for s in samples:
    r = repr(s)
    print(r, ascii(s), eval(r) == s)
for b in [b"plain", b"it's", b'"', b"'\"", b"\x00\xff\n\t", bytes(range(28, 34))]:
    print(repr(b), eval(repr(b)) == b)
print(repr(["a'b", 'c"d']), repr({"k'": '"v'}), repr(("\n",)))
print(str("\n"), len(repr("\n")), repr(repr("x")), repr(str(b"q")))
