# Format-spec mini-language for integers.
specs = ["", "d", "5", "<5", ">5", "^5", "^6", "*^7", "0>5", "05", "+", " ", "-", "+05", "=+6", "= 6",
         ",", "_", "10,", "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "_b", "_x", "c",
         "e", ".2e", "f", ".1f", "g", "%", ".1%", "n", "#_o", ",d", "+,"]
for v in [0, 42, -42, 1234567, -987654321, 255]:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f"<{type(e).__name__}>")
    print(v, row)
print(format(True, "d"), format(True, ""), format(False, "5"), format(True, "x"))
print(format(2 ** 100, ","), format(-2 ** 70, "_x"), format(10 ** 30, "e"))
print("{:c}".format(9731), "{:c}".format(65), repr("{:c}".format(0)))
for bad in ["s", ".2d", ",b", "z", "=s", "cc"]:
    try:
        format(5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
