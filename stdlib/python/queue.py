# queue: synchronized FIFO/LIFO/priority queues for producer/consumer threads.
# weft's own implementation of the CPython 3.11 module interface; the hot put/get
# paths only touch a condition's waiter list when a thread is actually waiting.
import threading
import types
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


_TIMEOUT_MSG = "'timeout' must be a non-negative number"


def _wake_one(cond):
    # Caller holds cond's lock. Skip Condition.notify's ownership probe when
    # nobody waits: that is the common case on a busy queue.
    if cond._waiters:
        cond.notify()


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the buffer; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        '''Blocks until all items in the Queue have been gotten and processed.'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.'''
        with self.mutex:
            maxsize = self.maxsize
            if maxsize > 0 and self._qsize() >= maxsize:
                self._wait_not_full(maxsize, block, timeout)
            self._put(item)
            self.unfinished_tasks += 1
            _wake_one(self.not_empty)

    def _wait_not_full(self, maxsize, block, timeout):
        # Called with the mutex held and the queue full.
        if not block:
            raise Full
        not_full = self.not_full
        if timeout is None:
            while self._qsize() >= maxsize:
                not_full.wait()
        elif timeout < 0:
            raise ValueError(_TIMEOUT_MSG)
        else:
            endtime = _time() + timeout
            while self._qsize() >= maxsize:
                remaining = endtime - _time()
                if remaining <= 0.0:
                    raise Full
                not_full.wait(remaining)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        with self.mutex:
            if not self._qsize():
                self._wait_not_empty(block, timeout)
            elif timeout is not None and block and timeout < 0:
                raise ValueError(_TIMEOUT_MSG)
            item = self._get()
            _wake_one(self.not_full)
            return item

    def _wait_not_empty(self, block, timeout):
        # Called with the mutex held and the queue empty.
        if not block:
            raise Empty
        not_empty = self.not_empty
        if timeout is None:
            while not self._qsize():
                not_empty.wait()
        elif timeout < 0:
            raise ValueError(_TIMEOUT_MSG)
        else:
            endtime = _time() + timeout
            while not self._qsize():
                remaining = endtime - _time()
                if remaining <= 0.0:
                    raise Empty
                not_empty.wait(remaining)

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    # Storage hooks, overridden by the subclasses; called with the mutex held.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(types.GenericAlias)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''

    def __init__(self):
        self._queue = deque()
        # Counts available items; get() blocks on it.
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; never blocks (block and timeout are ignored).'''
        self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block and timeout is not None:
            if timeout < 0:
                raise ValueError(_TIMEOUT_MSG)
            ok = self._count.acquire(True, timeout)
        else:
            ok = self._count.acquire(block)
        if not ok:
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)

    __class_getitem__ = classmethod(types.GenericAlias)


SimpleQueue.__module__ = '_queue'
