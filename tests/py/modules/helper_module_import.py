# Importing a plain helper module: execution once, attributes, import *, aliases, module __getattr__.
import sys
import _helper_mod
import _helper_mod as hm
from _helper_mod import greet, Widget as W
print(hm is _helper_mod, greet("you"), W(3), _helper_mod.public_value)
ns = {}
exec("from _helper_mod import *", ns)
print(sorted(k for k in ns if k != "__builtins__"))
print(_helper_mod.__name__, _helper_mod.__file__.endswith("_helper_mod.py"), _helper_mod.__doc__)
print("_helper_mod" in sys.modules, type(_helper_mod).__name__)
_helper_mod.public_value = 99
import _helper_mod as again
print(again.public_value)
del sys.modules["_helper_mod"]
import _helper_mod as fresh
print(fresh is again, fresh.public_value)
from _pkg_demo import _lazy
print(_lazy.eager, _lazy.lazy_thing, getattr(_lazy, "lazy_x"), dir(_lazy))
try:
    _lazy.other
except AttributeError as e:
    print("AttributeError", e)
from _pkg_demo._lazy import lazy_imported
print(lazy_imported)
