# contextlib helpers and exceptions: suppress, contextmanager, ExitStack, nullcontext.
import contextlib
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
    print("not reached")
print("suppressed")
try:
    with contextlib.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"  handled in cm: {e}")
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print("  body", t)
with tag("b"):
    raise ValueError("inside b")
print("after b")
try:
    with tag("c"):
        raise KeyError("inside c")
except KeyError as e:
    print("propagated:", repr(e))
@contextlib.contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.enter_context(tag(f"s{n}"))
    stack.callback(print, "callback runs first on exit")
    print("  stack body")
with contextlib.nullcontext("value") as v:
    print(v)
class Closer:
    def close(self):
        print("closed!")
with contextlib.closing(Closer()):
    print("using closer")
def cleanup_order():
    with contextlib.ExitStack() as st:
        st.callback(print, "cb1")
        st.callback(print, "cb2")
        raise ValueError("exit stack error")
try:
    cleanup_order()
except ValueError as e:
    print("after stack:", e)
