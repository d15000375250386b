# Format-spec mini-language for floats: types e/E/f/F/g/G/%/none, precision, specials.
values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1e16, 1e22, 123456789.0,
          0.5, 2.5, 0.125, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".3e", "E", "g", ".3g", ".10g", "G", "%", ".1%",
         "+.2f", " .1f", "10.3f", "<10.2f", "^10.1f", "010.2f", "=+10.2f", ",.2f", "_.1f", "#.0f", "#g", ".0e", "#.0e", "z.1f"]
for v in values:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append("ERR")
    print(repr(v), out)
print(format(0.1, ".17f"), format(0.1, ".25g"), format(1 / 3, ".50f"))
print(format(1e300, "f")[:20], len(format(1e300, "f")))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.045, ".2f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(123.456, "010.1f"), format(-123.456, "010.1f"), format(123.456, "*>+12.2f"))
print(format(1e-5, ""), format(1e-4, ""), format(1e15, ""), format(1e16, ""), format(12345678901234567.0, ""))
print(format(1e-5, "g"), format(1e-4, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001234, ".2g"))
for bad in ["d", "x", "c", ",_", "b"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError", e)
