# traceback module: format_exception_only, extract_tb frame names/lines, TracebackException.
import traceback
def level3():
    return {}["deep"]
def level2():
    return level3()
def level1():
    return level2()
try:
    level1()
except KeyError as e:
    frames = traceback.extract_tb(e.__traceback__)
    print([f.name for f in frames])
    print([f.lineno for f in frames])
    print([f.line for f in frames])
    print(traceback.format_exception_only(type(e), e))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, list(te.format_exception_only()))
print(traceback.format_exception_only(ValueError, ValueError("bad value")))
print(traceback.format_exception_only(ValueError("new-style single arg")))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom("c")))
print(traceback.format_exception_only(SyntaxError("invalid syntax", ("f.py", 1, 5, "a b c\n"))))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines) > 3, lines[-1], any("direct cause" in l for l in lines))
def walker():
    import sys
    names = []
    for i in range(3):
        names.append(sys._getframe(i).f_code.co_name)
    return names
def caller():
    return walker()
print(caller())
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno)
