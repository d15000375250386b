# concurrent.futures.process: placeholder; weft has no multiprocessing yet.
from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a process in a ProcessPoolExecutor terminated abruptly."""


class ProcessPoolExecutor(_base.Executor):
    """Not available in weft yet: weft has no multiprocessing support, so
    constructing a ProcessPoolExecutor raises NotImplementedError. Use
    ThreadPoolExecutor instead (threads run in parallel in weft)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "ProcessPoolExecutor is not supported by weft yet; use ThreadPoolExecutor")
