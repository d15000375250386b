# finally: runs on return/break/continue; return in finally overrides and swallows.
def ret_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_try())
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())
def loop_continue():
    out = []
    for i in range(3):
        try:
            continue
        finally:
            out.append(i)
    return out
print(loop_continue())
def mutate():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(mutate())
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_snapshot())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError:
        print("caught after inner finally")
    finally:
        print("outer finally")
nested()
def exc_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exc_in_finally()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print("after close")
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break"
print(break_in_finally())
