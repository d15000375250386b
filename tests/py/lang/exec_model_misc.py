# Misc execution-model items: __name__, builtins module, dir(), globals()/locals().
import builtins
print(__name__ == "__main__", type(__builtins__).__name__ in ("module", "dict"))
print(builtins.len is len, builtins.__name__)
def loc(a, b=2):
    c = a + b
    return sorted(locals().items())
print(loc(1))
print("loc" in globals(), globals()["loc"] is loc)
x = 10
globals()["dyn_var"] = 99
print(dyn_var)
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
builtins.my_builtin = "added to builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(e)
class K:
    a = 1
    b = a + 1
    names = sorted(n for n in locals() if not n.startswith("__"))
print(K.b, K.names)
print(sorted(n for n in dir(K) if not n.startswith("__")))
print(type(globals()).__name__, type(vars()).__name__)
import sys
print(sys.modules["__main__"].x)
