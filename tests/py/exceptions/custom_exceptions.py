# User-defined exception classes: hierarchy, custom __init__/__str__, attributes.
class AppError(Exception):
    """Base for app errors."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key, self.reason = key, reason
    def __str__(self):
        return f"config key {self.key!r}: {self.reason}"
class NetError(AppError):
    code = 500
class Timeout(NetError):
    code = 504
for exc in [ConfigError("db.url"), ConfigError("port", "not an int"), Timeout("slow"), NetError(), AppError("plain")]:
    try:
        raise exc
    except NetError as e:
        print("net:", type(e).__name__, e.code, repr(e))
    except AppError as e:
        print("app:", type(e).__name__, str(e), e.args)
print(issubclass(Timeout, AppError), Timeout.__mro__[1:3], AppError.__doc__)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
e = NoSuperInit(5)
print(e.args, str(e), repr(e), e.x)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class KeyLike(KeyError):
    pass
try:
    raise KeyLike("k")
except LookupError as e:
    print(type(e).__name__, e, repr(e))
class BadInit(Exception):
    def __init__(self):
        super().__init__("fixed message")
try:
    raise BadInit
except BadInit as e:
    print(e)
try:
    raise BadInit("arg")
except TypeError as e:
    print("TypeError", e)
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("both")
except KeyError as e:
    print("caught as KeyError:", type(e).__name__, [c.__name__ for c in Multi.__mro__])
class Base(BaseException):
    pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException handler:", repr(e))
