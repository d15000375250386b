# int to string in various bases: bin/oct/hex, format, str/repr, and round trips.
for n in [0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 32, -(2 ** 63), 10 ** 25]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "o"), format(n, "X"), int(bin(n), 0) == n, int(hex(n), 16) == n)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign, n = ("-", -n) if n < 0 else ("", n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for b in [2, 3, 7, 16, 36]:
    s = to_base(-123456789, b)
    print(b, s, int(s, b))
print(str(12), repr(-12), str(True), repr(10 ** 30), ascii(5), "%d" % 10 ** 20, "{:d}".format(-0))
print(int("0" * 50 + "1"), int("-000"), str(int("+0042")), int("7" * 20) // 7)
class MyInt(int):
    pass
print(str(MyInt(5)), repr(MyInt(-5)), hex(MyInt(255)), format(MyInt(3), "03"))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError", e)
