print("start _circ_a")
A_EARLY = "a-early"
from . import _circ_b
A_LATE = "a-late sees " + _circ_b.B_VALUE
print("end _circ_a")
