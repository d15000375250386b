"""weft's zlib: the system libz through the native _zlib module."""

import _zlib
from _zlib import *  # noqa: F401,F403


class error(Exception):
    pass


error.__module__ = 'zlib'
_zlib.error = error
