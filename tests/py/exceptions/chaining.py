# Exception chaining: implicit __context__, explicit __cause__, from None.
def implicit():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
try:
    implicit()
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def explicit():
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("wrapped") from err
try:
    explicit()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__, e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("clean") from None
try:
    suppressed()
except KeyError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
except KeyError as e:
    chain = []
    c = e
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)
e1 = ValueError("a")
try:
    try:
        raise e1
    except ValueError:
        raise e1
except ValueError as e:
    print("self context avoided:", e.__context__)
err = RuntimeError("r")
err.__cause__ = KeyError("manual")
print(repr(err.__cause__), err.__suppress_context__)
try:
    raise IndexError("i") from KeyError("k")
except IndexError as e:
    e.__cause__ = None
    print(e.__cause__, e.__suppress_context__)
