# importlib.import_module, relative names, find_spec, reload of a helper module.
import importlib, importlib.util, sys
j = importlib.import_module("json")
print(j.__name__, j.dumps([1]))
osp = importlib.import_module("os.path")
print(osp.join("a", "b"))
sub = importlib.import_module("._sub", package="_pkg_demo")
print(sub.__name__)
leaf = importlib.import_module("_pkg_demo._sub._leaf")
print(leaf.leaf_info()[0])
print(importlib.util.find_spec("math") is not None, importlib.util.find_spec("no_such_mod_zz"))
print(importlib.util.find_spec("_helper_mod").name)
hm = importlib.import_module("_helper_mod")
hm.LOADED_COUNT = 100
hm2 = importlib.reload(hm)
print(hm2 is hm, hm.LOADED_COUNT)
try:
    importlib.import_module("no_such_mod_zz")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
print(importlib.import_module("collections.abc").__name__, "collections.abc" in sys.modules)
