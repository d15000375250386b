# Exceptions raised inside except and finally blocks; context bookkeeping.
def f1():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
def f2():
    try:
        raise ValueError("first")
    finally:
        print("f2 finally runs")
def f3():
    try:
        return 1
    finally:
        raise KeyError("finally wins over return")
def f4():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            raise TypeError("b") from e
        except TypeError as t:
            return t
for f in (f1, f2, f3):
    try:
        f()
    except Exception as e:
        print(f.__name__, repr(e), repr(e.__context__))
t = f4()
print(repr(t), repr(t.__cause__), repr(t.__context__))
def counter():
    attempts = 0
    while True:
        try:
            attempts += 1
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts}")
            return f"succeeded after {attempts}"
        except ConnectionError as e:
            print("retrying after", e)
print(counter())
def handler_error():
    try:
        [][1]
    except IndexError as e:
        print(undefined_thing)
try:
    handler_error()
except NameError as e:
    print(repr(e), "context:", repr(e.__context__))
results = []
for x in [1, 0, "a", None, 4]:
    try:
        results.append(10 / x)
    except ZeroDivisionError:
        results.append("inf")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return "err" in locals()
print(exc_var_cleared())
