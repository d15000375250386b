# Forwarding *args/**kwargs through wrappers, modifying kwargs, keyword-only propagation.
import functools
def target(a, b=2, *rest, c=3, **extra):
    return {"a": a, "b": b, "rest": rest, "c": c, "extra": dict(sorted(extra.items()))}
def passthrough(*args, **kwargs):
    return target(*args, **kwargs)
def inject(**defaults):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            merged = {**defaults, **kwargs}
            return fn(*args, **merged)
        return wrapper
    return deco
print(passthrough(1))
print(passthrough(1, 5, 6, 7, c=8, z=9))
print(inject(c=100, note="injected")(target)(0))
print(inject(c=100)(target)(0, c=-1))
def strip_private(fn):
    def wrapper(*args, **kwargs):
        kwargs = {k: v for k, v in kwargs.items() if not k.startswith("_")}
        return fn(*args, **kwargs)
    return wrapper
print(strip_private(target)(1, _hidden=1, shown=2))
def count_args(*args, **kwargs):
    return len(args), len(kwargs)
print(count_args(), count_args(*[], **{}), count_args(*range(5), **dict.fromkeys("abc")))
def retry(times):
    def deco(fn):
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, attempt=attempt, **k)
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return deco
@retry(3)
def flaky(x, *, attempt):
    if attempt < 3:
        raise ValueError(f"x={x}")
    return f"ok on attempt {attempt}"
print(flaky(7))
@retry(2)
def always_fails(*, attempt):
    raise ValueError("nope")
print(always_fails())
try:
    passthrough()
except TypeError as e:
    print("TypeError", e)
try:
    passthrough(1, a=2)
except TypeError as e:
    print("TypeError", e)
