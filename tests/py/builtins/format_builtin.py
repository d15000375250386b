# format() builtin and __format__ dispatch, including subclasses and default object formatting.
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print(format(t), format(t, ".0F"), f"{t:.2F}", "{:>8.1}".format(t), f"{t:}")
class MyStr(str):
    pass
class MyInt(int):
    def __format__(self, spec):
        return "MyInt(" + super().__format__(spec) + ")"
print(format(MyStr("abc"), ">5"), format(MyInt(7), "03d"), f"{MyInt(255):x}", "%d" % MyInt(3))
class NoFormat:
    def __str__(self): return "nofmt"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!s:>7}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
print(format(12345, ","), format(0.000123, ".2e"), format("x", "^5"), format(True, ""), format(None, ""), format([1], ""))
try:
    format(1, 5)
except TypeError as e:
    print("TypeError", e)
print(type(format(1)).__name__, format(-0.0), format(1e100, "g"), format(2 ** 64, "_d"))
