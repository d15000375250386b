# str.format: positional, indexed, named, attribute/index access, conversion, nesting.
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0} {2!r}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ann", age=7), "{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{0[0][1]}".format([["x", "y"]]))
class P:
    x, y = 3, 4
    def __format__(self, spec):
        return f"P<{spec}>"
print("{p.x},{p.y}".format(p=P()), "{0.x}".format(P), "{:custom}".format(P()), "{}".format(P()))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "r", w=8, p=2))
print("{0:{1}}|".format("nest", 7), "{:{}{}{}}".format("x", "*", "^", 5))
print("{{}} {{{}}}".format("inner"), "{{0}}".format(), "}}{{".format())
print("{!s} {!r} {!a}".format("é", "é", "é"))
print("{0:>5}{1:<5}|".format("ab", "cd"), "{:,}".format(1234567), "{:08.3f}".format(-3.14159))
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:e}".format(12345), "{:#x}".format(255))
print("{0}{0}{0}".format("ab"), "{a}{b}{a}".format(a=1, b=2))
dm = {"x": 1}
print("{x}".format_map(dm))
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{known} {unknown}".format_map(Default(known="K")))
print("{:>{}}".format("r", 4), "{:.{}}".format("truncate", 3))
for bad in ["{", "}", "{0", "{:}}", "{0!x}", "{0[}", "{0.}", "{1}", "{a}", "{0:{1:{2}}}"]:
    try:
        print(repr(bad), repr(bad.format("a")))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    "{} {0}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError", e)
print("{0[-1]}".format({"-1": "string key"}), "{0[1]}".format("abc"))
