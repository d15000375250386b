print("initializing _pkg_demo._shapes")
from ._util import area_fmt
import math
class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return area_fmt(self.s ** 2)
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return area_fmt(math.pi * self.r ** 2)
