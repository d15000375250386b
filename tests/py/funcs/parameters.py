# Parameter kinds: positional-only, defaults, *args, keyword-only, **kwargs.
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return a, b, c, args, d, e, kw
print(f(1, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4))
print(f(1, 2, 3, b=99, d=0))
def pos_only(x, y, /):
    return x - y
print(pos_only(5, 3))
def kw_only(*, key, default=None):
    return key, default
print(kw_only(key="k"), kw_only(default=1, key=2))
def varargs(*args):
    return args
print(varargs(), varargs(1), varargs(*range(3)), type(varargs()).__name__)
def varkw(**kw):
    return kw
print(varkw(), varkw(a=1, b=2), varkw(**{"not an identifier": 1}), type(varkw()).__name__)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
def defaults_eval(x=[len("abc")], y={"k": 1 + 1}):
    return x, y
print(defaults_eval())
def mixed(a, *, b):
    return a + b
print(mixed(1, b=2), mixed(a=1, b=2))
def all_kinds(p, /, pk, *va, k, **vk):
    return f"p={p} pk={pk} va={va} k={k} vk={vk}"
print(all_kinds(1, 2, k=3))
print(all_kinds(1, pk=2, k=3, p=4))
print(all_kinds(*[1, 2, 3, 4], **{"k": 5, "x": 6}))
def none_default(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(none_default(), none_default(), none_default([0]))
def annotated(a: int, *, b: str = "s") -> None:
    pass
print(annotated(1))
def unpack_in_params(*args, sep="-"):
    return sep.join(map(str, args))
print(unpack_in_params(1, 2, 3), unpack_in_params(sep="+", *"abc"))
