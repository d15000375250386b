# Builtin exception hierarchy relationships.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (FloatingPointError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError), (ConnectionResetError, ConnectionError),
    (UnicodeDecodeError, UnicodeError), (UnicodeError, ValueError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (UnboundLocalError, NameError), (IndentationError, SyntaxError),
    (TabError, IndentationError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
    (KeyboardInterrupt, BaseException), (DeprecationWarning, Warning), (Warning, Exception),
    (BrokenPipeError, ConnectionError), (AssertionError, Exception), (EOFError, Exception),
    (BlockingIOError, OSError), (ExceptionGroup, BaseExceptionGroup), (BufferError, Exception),
]
for sub, sup in pairs:
    print(f"{sub.__name__:22} < {sup.__name__:18} {issubclass(sub, sup)}")
print([c.__name__ for c in UnicodeDecodeError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
import errno
for code in [errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, 12345]:
    print(code == 12345 or code > 0, type(OSError(code, "m")).__name__)
