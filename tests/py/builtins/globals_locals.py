# globals(), locals(), vars() in module, function, class and comprehension scopes.
g_var = 1
print(globals()["g_var"], "g_var" in globals(), globals() is vars())
def func(a, b=2):
    c = a + b
    return sorted(locals().items())
print(func(1))
def modify_locals():
    x = 1
    locals()["x"] = 2
    return x
print(modify_locals())
globals()["created"] = "via globals()"
print(created)
class K:
    a = 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(K.snapshot)
def closure():
    free = "f"
    def inner():
        return sorted(locals())
    def inner_uses():
        free
        return sorted(locals())
    return inner(), inner_uses()
print(closure())
print(sorted(k for k in globals() if not k.startswith("__")))
