# Format-spec mini-language for strings and other objects.
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "^11", "-^11", "*<8", ".2", "10.3", ">10.1", "^9.4s", "3", "0<8", "é^9"]:
    print(f"{spec!r:8} [{format(s, spec)}]")
print(f"[{'日本':^6}] [{'日本':*>5}] [{'':^4}] [{'x':^2}]")
for bad in ["d", "+", " 5", "=10", ",", "#", "x", "010"]:
    try:
        print(repr(bad), repr(format(s, bad)))
    except ValueError as e:
        print(repr(bad), "ValueError", e)
print(format(None, ""), format([1, 2], ""), format((1,), ""))
for obj in [None, [1], object]:
    try:
        format(obj, ">10")
    except TypeError as e:
        print("TypeError", e)
print("{:>8}".format(str([1, 2])), "{!s:>8}".format([1, 2]), "{!r:^12}".format("q"))
print(format("abc", "\n^7").replace("\n", "~"), format("x", "{^5"), format("x", "}>3"))
