# add_note/__notes__ (3.11), with_traceback, exceptions as values, GeneratorExit.
e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError", err)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__[-1])
errors = [ValueError(1), TypeError(2)]
print([type(x).__name__ for x in errors], isinstance(errors[0], Exception))
d = {KeyError: "key", ValueError: "value"}
for exc in (KeyError("k"), ValueError("v")):
    print(d[type(exc)])
def gen():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit received")
        raise
g = gen()
next(g)
g.close()
def bad_gen():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bg = bad_gen()
next(bg)
try:
    bg.close()
except RuntimeError as err:
    print("RuntimeError", err)
print(BaseException.__new__(ValueError).args)
try:
    raise ValueError("a", "b")
except ValueError as err:
    x, y = err.args
    print(x, y)
class Err(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw
try:
    raise Err("m", code=3)
except Err as err:
    print(err, err.kw)
def classify(exc):
    match exc:
        case KeyError(args=(k,)):
            return f"missing key {k}"
        case OSError(errno=2):
            return "not found"
        case _:
            return "other"
print(classify(KeyError("x")), classify(FileNotFoundError(2, "x")), classify(ValueError()))
