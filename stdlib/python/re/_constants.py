"""Constants of the regular expression engine (weft: the limits and flag
values of _weftre; CPython's opcode tables have no meaning here)."""

from _weftre import MAXREPEAT, MAXGROUPS
from re import error

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256
