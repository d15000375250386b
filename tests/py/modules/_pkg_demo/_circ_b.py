print("start _circ_b")
from . import _circ_a
B_VALUE = "b sees " + _circ_a.A_EARLY
try:
    _circ_a.A_LATE
except AttributeError as e:
    print("b: partially initialized:", type(e).__name__)
print("end _circ_b")
