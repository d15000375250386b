# Bare raise, sys.exc_info, exception variable cleanup, handler-in-handler.
import sys
print(sys.exc_info())
def reraiser():
    try:
        raise ValueError("original")
    except ValueError:
        print("in handler:", sys.exc_info()[0].__name__, sys.exc_info()[1])
        raise
try:
    reraiser()
except ValueError as e:
    print("reraised:", e)
print(sys.exc_info())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def nested_handlers():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise TypeError("inner")
        except TypeError:
            print("inner exc_info:", sys.exc_info()[0].__name__)
        print("back to outer exc_info:", sys.exc_info()[0].__name__)
        raise
try:
    nested_handlers()
except KeyError as e:
    print("outer reraised:", repr(e))
def raise_in_helper():
    try:
        raise ValueError("v")
    except ValueError:
        helper()
def helper():
    print("helper sees:", repr(sys.exc_info()[1]))
    raise
try:
    raise_in_helper()
except ValueError as e:
    print("bare raise from helper:", repr(e))
print(sys.exception() if hasattr(sys, "exception") else None)
try:
    1 / 0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb.tb_lineno > 0, type(tb).__name__)
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except ValueError as e:
        print("loop caught", e)
        continue
    finally:
        print("finally", i)
def return_exc():
    try:
        raise KeyError("returned")
    except KeyError as e:
        return e
print(repr(return_exc()))
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise int
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except 5:
        pass
    print("except 5 unevaluated when no exception")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
