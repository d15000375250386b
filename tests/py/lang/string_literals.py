# String and bytes literals, escapes, raw strings, implicit concatenation.
print("tab\there", 'quote\'s', "dq\"s", "back\\slash")
print("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}")
print(len("\n"), len(r"\n"), r"\d+\.", r"a\"b")
print("""triple
quoted""", '''single
triple''')
print("implicit" " concat" ' works')
s = ("multi "
     "line "
     "concat")
print(s)
print(b"bytes\x00\xff", rb"\x00", b"abc"[0], b"abc"[:1])
print("line1\
continued")
print(repr("a\tb\nc\\d'e\"f"), repr('it\'s'), repr("\x00\x7f\x80\xff"))
print(repr("\u200b\u00e9\U0001F600"), ascii("\u00e9\U0001F600"))
print(repr(b"\t\n\r\x00a'\""))
print(repr('"'), repr("'"), repr("'\""))
print("\a\b\f\v".encode())
print(repr("\0"), len("\0"), ord("\0"), repr("\1\12\123"))
print(len("é"), len("é".encode()), "é".encode("utf-8"))
print(u"unicode prefix", type(u""))
for src in ['"\\xZZ"', "b'\\u00e9'", "'\\N{NOT A REAL NAME}'"]:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
