# Module objects: attributes, types.ModuleType, __dict__, dir.
import types, math, sys
print(type(math).__name__, math.__name__, isinstance(math, types.ModuleType))
m = types.ModuleType("mymod", "doc here")
print(m.__name__, m.__doc__, sorted(k for k in m.__dict__))
m.x = 5
exec("y = x * 2", m.__dict__)
print(m.y, "y" in dir(m))
try:
    m.nothere
except AttributeError as e:
    print("AttributeError", e)
try:
    math.nothere
except AttributeError as e:
    print("AttributeError", e)
print(sys.modules["math"] is math, "mymod" in sys.modules)
sys.modules["mymod"] = m
import mymod
print(mymod is m, mymod.y)
del sys.modules["mymod"]
print(repr(m) == "<module 'mymod'>", repr(sys).startswith("<module 'sys'"))
ns = types.SimpleNamespace(a=1, b="two")
ns.c = [3]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b="two", c=[3]))
print(types.FunctionType, types.BuiltinFunctionType, types.MethodType, types.GeneratorType)
print(types.NoneType, types.NotImplementedType, types.EllipsisType)
def gen():
    yield
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
mp = types.MappingProxyType({"k": 1})
print(mp, mp["k"], len(mp), list(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)
