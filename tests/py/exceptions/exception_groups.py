# ExceptionGroup and except* (PEP 654).
eg = ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
try:
    raise eg
except* ValueError as g:
    print("ValueError part:", repr(g))
except* TypeError as g:
    print("TypeError part:", repr(g))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as g:
        print("OSError part:", repr(g))
except ExceptionGroup as leftover:
    print("unhandled leftover:", repr(leftover))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g), type(g).__name__)
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError", e)
def flat(g):
    for x in g.exceptions:
        yield from flat(x) if isinstance(x, BaseExceptionGroup) else [repr(x)]
print(list(flat(ExceptionGroup("n", [ValueError(1), ExceptionGroup("m", [TypeError(2), KeyError(3)])]))))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("in handler")
except* KeyError as g:
    print("raised from handler:", repr(g.exceptions[0]))
print(issubclass(ExceptionGroup, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
