# Argument unpacking at call sites: *, **, multiple, mixed, error messages.
def f(*args, **kwargs):
    return args, dict(sorted(kwargs.items()))
print(f(*[1, 2], *(3,), 4, *range(2)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*"ab", x=1, **dict(y=2)))
def g(a, b, c=3, *, d=4):
    return a, b, c, d
print(g(*[1, 2]))
print(g(1, *[2], **{"d": 5}))
print(g(**{"a": 1, "b": 2, "c": 0}))
for call in [
    lambda: g(1),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, a=1),
    lambda: g(1, 2, e=5),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: g(1, 2, d=1, **{"d": 2}),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print([*range(3), *[10]], (*"xy",), {*[1, 1, 2]})
print({**{"a": 1}, "a": 2, **{"b": 3}})
def kwonly(*, k):
    return k
print(kwonly(k=1))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
