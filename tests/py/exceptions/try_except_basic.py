# try/except/else/finally: clause selection, tuples, ordering, bare except.
def attempt(f):
    try:
        r = f()
    except ZeroDivisionError as e:
        print("  ZeroDivisionError:", e)
    except (KeyError, IndexError) as e:
        print("  Lookup:", type(e).__name__, e)
    except ArithmeticError as e:
        print("  ArithmeticError:", type(e).__name__, e)
    except Exception as e:
        print("  Exception:", type(e).__name__, e)
    else:
        print("  else: result", r)
    finally:
        print("  finally")
for name, f in [("div", lambda: 1 / 0), ("key", lambda: {}["k"]), ("idx", lambda: [][0]),
                ("ovf", lambda: 2.0 ** 10000), ("type", lambda: 1 + "a"), ("ok", lambda: 42)]:
    print(name)
    attempt(f)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer caught", e)
try:
    [].pop()
except:
    print("bare except caught")
try:
    raise KeyError("first")
except LookupError as e:
    print("LookupError handler got", type(e).__name__)
except KeyError:
    print("never: earlier handler wins")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
handlers = (ValueError, TypeError)
try:
    int("abc")
except handlers as err:
    print("dynamic tuple:", err)
try:
    raise ValueError
except ValueError as err:
    print("class raised:", repr(err), err.args)
