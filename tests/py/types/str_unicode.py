# Unicode strings: len, indexing, encode/decode with errors, ord/chr, normalization.
s = "naïve café 日本語 😀"
print(len(s), s[2], s[-1], s[11:14], s.upper())
print(s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), len(s.encode("utf-32-le")))
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("ascii", "backslashreplace"), s.encode("latin-1", "replace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
b = b"abc\xff\xfedef"
print(b.decode("utf-8", "replace"), b.decode("utf-8", "ignore"), b.decode("latin-1"))
print(b.decode("utf-8", "backslashreplace"), repr(b.decode("utf-8", "surrogateescape")))
try:
    b.decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
try:
    b"\xe6\x97".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(ord("A"), ord("é"), ord("😀"), chr(65), chr(0x1F600), chr(0x10FFFF) == "\U0010ffff")
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
print("\u00e9" == "e\u0301", len("e\u0301"))
import unicodedata
print(unicodedata.normalize("NFC", "e\u0301") == "\u00e9", unicodedata.name("é"), unicodedata.category("A"))
print(sorted(["b", "A", "a", "é", "Z", "ä"]), max("hello"), min("Hello"))
print("straße".upper(), "STRASSE".lower(), "ﬁ".upper(), "ΣΑΣ".lower(), "ǈ".title())
print("𝒳".isalpha(), "😀".isprintable(), "\u2028".isspace(), "\u2028".splitlines() if False else "a\u2028b".splitlines())
print("utf-16:", "é".encode("utf-16"), "é".encode("utf-8-sig"), "x".encode("utf_8"))
print(bytes("é", "utf-8"), str(b"\xc3\xa9", "utf-8"), str(b"abc"))
