# Integer, float, complex literals: bases, underscores, exponents.
print(0b1010, 0o17, 0xFF, 0XAB, 0B11, 0O7)
print(1_000_000, 0x_FF_FF, 0b_1_0, 1_0.5_0, 1e1_0)
print(1e3, 1E-3, 2.5e+2, .5, 5., 0e0, 00, 0_0)
print(3j, 1.5j, 1e2j, 0j, 1 + 2j)
print(type(1), type(1.0), type(1j), type(True))
print(10 ** 20, 0xFFFFFFFFFFFFFFFFFFFF, -0b1)
print(123456789012345678901234567890 * 10)
for src in ["0777", "1__0", "1_", "0x", "1e", "0b2", "0o8"]:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError as e:
        print("SyntaxError", src, e.msg)
print(0x10 + 0o10 + 0b10 + 10)
print(1_2.3_4e1_0)
print(int("1_000"), float("1_0.5"))
print(.1 + .2, 1. / 3)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(not 1 == 2, ~5, -~5, ~-5, +True, -False)
