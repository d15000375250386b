"""traceback: format_exception (chains, limits), extract_tb/stack, FrameSummary, SyntaxError, notes, locals."""
import traceback, sys, io, os
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
def clean(s): return s.replace(HERE, '')
def show(lines): print(clean(''.join(lines)), end='')
def f1(): raise ValueError("bad value")
def f2():
    try: f1()
    except ValueError as e: raise KeyError("k") from e
def f3():
    try: f2()
    except KeyError: raise RuntimeError("during")
try: f3()
except Exception as e:
    show(traceback.format_exception(e))
    show(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
    show(traceback.format_exception(e, limit=1))
    show(traceback.format_exception(e, limit=-1))
    show(traceback.format_exception_only(e))
    show(traceback.format_tb(e.__traceback__))
    tbs = traceback.extract_tb(e.__traceback__)
    print(len(tbs), [clean(repr(fs)) for fs in tbs], [ (fs.name, fs.lineno, fs.line) for fs in tbs])
    print(tbs[0] == (tbs[0].filename, tbs[0].lineno, tbs[0].name, tbs[0].line), list(tbs[-1])[1:], tbs[-1][2])
    buf = io.StringIO(); traceback.print_exc(file=buf); print(clean(buf.getvalue()), end='')
    print(clean(traceback.format_exc()), end='')
    buf = io.StringIO(); traceback.print_tb(e.__traceback__, file=buf); print(clean(buf.getvalue()), end='')
    buf = io.StringIO(); traceback.print_exception(e, file=buf); print(clean(buf.getvalue()) == clean(''.join(traceback.format_exception(e))))
try:
    try: 1/0
    except ZeroDivisionError: raise TypeError("suppressed") from None
except TypeError as e: show(traceback.format_exception(e))
def rec(n):
    if n == 0: raise RecursionError("deep")
    rec(n - 1)
try: rec(10)
except RecursionError as e: show(traceback.format_exception(e))
e = ValueError("noted"); e.add_note("note 1"); e.add_note("multi\nline note")
show(traceback.format_exception_only(e))
show(traceback.format_exception_only(ValueError, ValueError("x")))
show(traceback.format_exception_only(None, None) if False else [])
print(traceback.format_exception_only(KeyError()), traceback.format_exception_only(OSError(2, 'No such file')))
class MyErr(Exception): pass
show(traceback.format_exception_only(MyErr("mine")))
show(traceback.format_exception_only(io.UnsupportedOperation("u")))
try:
    compile("x = (1, 2\ny = 3", "<test>", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
try:
    compile("a b", "fake.py", "exec")
except SyntaxError as e:
    show(traceback.format_exception_only(e))
se = SyntaxError("custom msg")
show(traceback.format_exception_only(se))
se = SyntaxError("msg", ("f.py", 3, 5, "    foo bar baz\n", 3, 8))
show(traceback.format_exception_only(se))
def h():
    return traceback.extract_stack()
st = h()
print([(fs.name, fs.line) for fs in st])
def h2():
    buf = io.StringIO(); traceback.print_stack(file=buf, limit=2); return clean(buf.getvalue())
print(h2(), end='')
print(clean(''.join(traceback.format_stack(limit=1))), end='')
print(traceback.format_list([('a.py', 1, 'fn', 'x = 1'), ('b.py', 2, 'gn', None)]))
fs = traceback.FrameSummary('nofile.py', 3, 'func', line='  code here  ')
print(fs, fs.line, len(fs), list(fs), fs == ('nofile.py', 3, 'func', 'code here'))
ss = traceback.StackSummary.from_list([fs, ('x.py', 4, 'q', 'line')])
print(ss.format())
te = traceback.TracebackException(ValueError, ValueError("v"), None)
print(list(te.format()), str(te), te.exc_type)
def cl():
    x = 5; y = "str"
    raise ValueError
try: cl()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, capture_locals=True, limit=-1)
    show(te.format())
class BadStr(Exception):
    def __str__(self): raise RuntimeError
show(traceback.format_exception_only(BadStr()))
show(traceback.format_exception_only(Exception("")))
