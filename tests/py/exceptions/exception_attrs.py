# Exception objects: args, str/repr for different arg counts, attributes.
for e in [Exception(), Exception("one"), Exception("a", 2), Exception(None), ValueError(""), KeyError("k"),
          KeyError(), KeyError("a", "b"), IndexError(3), OSError(2, "No such file"), OSError("x"),
          OSError(2, "msg", "fname"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = OSError(2, "No such file or directory", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__)
fnf = FileNotFoundError(2, "gone", "x")
print(isinstance(fnf, OSError), fnf.errno, str(fnf))
print(type(OSError(2, "x")).__name__, IOError is OSError, EnvironmentError is OSError)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code)
ke = KeyError("quote's")
print(str(ke), repr(ke))
class MyErr(Exception):
    pass
m = MyErr("msg", 1)
print(m, repr(m), m.args, isinstance(m, Exception))
m.args = ("changed",)
print(m, m.args)
ex = ValueError("v")
print(ex.__cause__, ex.__context__, ex.__suppress_context__, ex.__traceback__)
try:
    raise ex
except ValueError as caught:
    print(caught is ex, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
se = SyntaxError("bad", ("f.py", 3, 4, "x = = 1\n"))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), str(se))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
ae = AttributeError("nope", name="x", obj=5)
print(ae.name, ae.obj, str(ae))
ne = NameError("n", name="foo")
print(ne.name)
ie = ImportError("cannot", name="mod", path="/p")
print(ie.name, ie.path, ie.msg, str(ie))
print(BaseException("x").with_traceback(None).args)
