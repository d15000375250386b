# callable(), __import__, and importlib-free import mechanics on builtin modules.
print(callable(len), callable(lambda: 0), callable(int), callable(5), callable("s"), callable(str.upper), callable(print))
class C:
    def __call__(self): return "called"
class D:
    pass
print(callable(C()), callable(D()), callable(C), callable(C.__call__))
m = __import__("math")
print(m.__name__, m.sqrt(9))
osp = __import__("os.path")
print(osp.__name__)
osp2 = __import__("os.path", fromlist=["join"])
print(osp2.__name__, hasattr(osp2, "join"))
try:
    __import__("no_such_module_abc")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
import json as j, collections.abc
from math import pi as PI, floor
print(j.dumps({"a": 1}), PI, floor(2.5), collections.abc.Sequence.__name__)
def local_import():
    import string
    return string.digits
print(local_import(), "string" in dir())
try:
    from math import does_not_exist
except ImportError as e:
    print("ImportError", e.name, type(e).__name__)
import sys
print("math" in sys.modules, sys.modules["math"] is m)
