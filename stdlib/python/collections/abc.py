"""collections.abc: the container ABCs (defined in _collections_abc)."""
from _collections_abc import *  # noqa: F401,F403
from _collections_abc import __all__  # noqa: F401
