"""traceback: exception group formatting, max_group_width and max_group_depth."""
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(lines):
    print(''.join(lines).replace(HERE, ''), end='')


def g():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2),
                                ExceptionGroup("inner", [KeyError('x'), OSError(5, 'io')])])


try:
    g()
except ExceptionGroup as e:
    show(traceback.format_exception(e))
    show(traceback.TracebackException.from_exception(e, max_group_width=2, max_group_depth=1).format())
show(traceback.format_exception(ExceptionGroup("many", [ValueError(i) for i in range(20)])))
try:
    try:
        raise ExceptionGroup("first", [ValueError('a')])
    except ExceptionGroup as eg:
        raise RuntimeError("while handling") from eg
except RuntimeError as e:
    show(traceback.format_exception(e))
