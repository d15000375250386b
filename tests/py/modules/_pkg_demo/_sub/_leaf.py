print("initializing _pkg_demo._sub._leaf")
from .. import _util
from .._shapes import Square
from . import __name__ as parent_name
def leaf_info():
    return __name__, __package__, parent_name, Square(3).area(), _util.area_fmt(1)
