# str predicate methods across ASCII and Unicode samples.
samples = ["abc", "ABC", "Abc Def", "123", "١٢٣", "½", "²", "a1", "", " \t\n", "\u00a0",
           "É", "ß", "ǅ", "Hello World", "hello_world", "\x07", "日本", "abc!", "Ⅻ"]
methods = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace",
           "isupper", "islower", "istitle", "isprintable", "isascii", "isidentifier"]
print(" ".join(m[2:6] for m in methods))
for s in samples:
    flags = "".join("T" if getattr(s, m)() else "." for m in methods)
    print(ascii(s).ljust(16), flags)
print("12".isdigit(), "-12".isdigit(), "1.5".isdecimal(), "1e5".isnumeric())
print(int("١٢٣"), float("١.٥"), int("\uff11\uff12"))
