"""Helper package for import tests."""
print("initializing _pkg_demo")
VERSION = (1, 2, 3)
from ._shapes import Square, Circle
from . import _util
__all__ = ["Square", "Circle", "VERSION", "describe"]
def describe():
    return f"_pkg_demo {'.'.join(map(str, VERSION))} with {_util.count_calls()} util call(s)"
not_exported = "not in __all__"
