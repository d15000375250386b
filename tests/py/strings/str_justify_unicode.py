# Case mapping and padding with non-ASCII text (deterministic Unicode DB behaviour).
words = ["straße", "ǆemal", "ΌΣΟΣ", "istanbul", "İstanbul", "ﬀ", "Ǆ", "Σ", "ΑΣ", "ʼn"]
for w in words:
    print(ascii(w), ascii(w.upper()), ascii(w.lower()), ascii(w.title()), ascii(w.capitalize()), ascii(w.casefold()), ascii(w.swapcase()))
print("ǲ".istitle(), "Ǳ".isupper(), "ǳ".islower(), "ΣΑΣ ΟΔΟΣ".lower())
print("ﬁ".upper(), len("ﬁ".upper()), "ß".upper() == "SS", "ß".lower(), "ẞ".lower())
print("١٢٣".isdigit(), "Ⅷ".isnumeric(), "Ⅷ".isdigit(), "²".isdecimal())
print("x".center(4, "é"), "é".center(4, "x"), "日".ljust(3, "本"), "😀".rjust(3, "-"))
print("tschüß".encode("utf-8"), "ÆØÅ".lower(), "æøå".upper(), "ĳ".upper(), "ŉ".upper())
print("hello world".title(), "HELLO WORLD".title(), "hello-world_foo bar".title(), "1st 2nd".title(), "o'neil".title())
print("\u0130".lower().encode("unicode_escape"), "\u0069\u0307".upper().encode("unicode_escape"))
