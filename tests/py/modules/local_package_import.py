# Importing a local helper package: init order, relative imports, __all__, subpackages, caching.
import sys
print("before import")
import _pkg_demo
print("after import")
import _pkg_demo
print(_pkg_demo.describe(), _pkg_demo.VERSION)
print(_pkg_demo.Square(2).area(), _pkg_demo.Circle(1).area())
print(_pkg_demo.__name__, _pkg_demo.__package__, _pkg_demo.__doc__)
print(sorted(k for k in sys.modules if k.startswith("_pkg_demo")))
from _pkg_demo._sub import _leaf
print(_leaf.leaf_info())
print(sorted(k for k in sys.modules if k.startswith("_pkg_demo")))
import _pkg_demo._sub._leaf as leaf_alias
print(leaf_alias is _leaf, _pkg_demo._sub._leaf is _leaf)
ns = {}
exec("from _pkg_demo import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
from _pkg_demo import _util as u
print(u.count_calls(), _pkg_demo.describe())
import _pkg_demo._circ_a as ca
print(ca.A_LATE)
print(ca.__name__, ca.__package__, ca.__spec__.name, ca.__spec__.parent)
try:
    from _pkg_demo import does_not_exist
except ImportError as e:
    print("ImportError", e.name)
try:
    import _pkg_demo._missing_sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e.name, e)
try:
    import _pkg_demo.VERSION
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
