# queue: synchronized FIFO/LIFO/priority queues for producer/consumer threads.
# weft's own implementation of the CPython 3.11 module interface; the hot put/get
# paths only touch a condition's waiter list when a thread is actually waiting.
import threading
import types
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


_SPIN_ROUNDS = range(200)
_TIMEOUT_MSG = "'timeout' must be a non-negative number"


def _condition(lock):
    cond = threading.Condition(lock)
    # A plain list supports everything Condition does with its waiters (append,
    # [0], remove) and its truth test is native, which keeps the "anyone waiting?" test cheap.
    cond._waiters = []
    return cond


class _Fifo:
    """FIFO buffer made of two lists (appends go to one, pops come from the
    reversed other), so every operation is a native list call. It offers the
    deque methods code commonly uses on Queue.queue."""
    __slots__ = ('_back', '_front')

    def __init__(self, iterable=()):
        self._back = list(iterable)
        self._front = []

    def append(self, item):
        self._back.append(item)

    def popleft(self):
        front = self._front
        if not front:
            back = self._back
            if not back:
                raise IndexError('pop from an empty deque')
            back.reverse()
            self._front = front = back
            self._back = []
        return front.pop()

    def _items(self):
        return self._front[::-1] + self._back

    def clear(self):
        self._back = []
        self._front = []

    def __len__(self):
        return len(self._front) + len(self._back)

    def __bool__(self):
        return bool(self._front) or bool(self._back)

    def __iter__(self):
        return iter(self._items())

    def __contains__(self, item):
        return item in self._front or item in self._back

    def __getitem__(self, index):
        return self._items()[index]

    def __repr__(self):
        return 'deque(%r)' % (self._items(),)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex guards the buffer; the three conditions share it.
        self.mutex = threading.Lock()
        self.not_empty = _condition(self.mutex)
        self.not_full = _condition(self.mutex)
        self.all_tasks_done = _condition(self.mutex)
        self.unfinished_tasks = 0
        # put/get inline the base storage hooks unless a subclass replaced them.
        cls = type(self)
        self._plain_fifo = (cls._qsize is Queue._qsize and cls._put is Queue._put
                            and cls._get is Queue._get and type(self.queue) is _Fifo)

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
            if maxsize > 0:
                if self._qsize() >= maxsize:
                    self._wait_not_full(maxsize, block, timeout)
                elif timeout is not None and block and timeout < 0:
                    raise ValueError(_TIMEOUT_MSG)
            if self._plain_fifo:
                self.queue._back.append(item)
            else:
                self._put(item)
            self.unfinished_tasks += 1
            if self.not_empty._waiters:
                self.not_empty.notify()

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
            if timeout is not None and block and timeout < 0:
                raise ValueError(_TIMEOUT_MSG)
            if self._plain_fifo:
                front = self.queue._front
                if front:
                    item = front.pop()
                else:
                    if not self.queue._back:
                        if block:
                            self._spin_until_put()
                        if not self.queue._back:
                            self._wait_not_empty(block, timeout)
                    item = self.queue.popleft()
            else:
                if not self._qsize():
                    self._wait_not_empty(block, timeout)
                item = self._get()
            if self.not_full._waiters:
                self.not_full.notify()
            return item

    def _spin_until_put(self):
        # Called with the mutex held and the queue empty. Threads run in parallel
        # in weft, so a producer is often a microsecond away from its next put:
        # peeking (unlocked) for a short while is much cheaper than parking on
        # the condition and being woken.
        fifo = self.queue
        self.mutex.release()
        try:
            for _ in _SPIN_ROUNDS:
                if fifo._back:
                    break
        finally:
            self.mutex.acquire()

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
    # The base hooks reach into _Fifo's lists directly: no Python-level dunder
    # calls on the hot path.
    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        fifo = self.queue
        return len(fifo._front) + len(fifo._back)

    def _put(self, item):
        self.queue._back.append(item)

    def _get(self):
        fifo = self.queue
        front = fifo._front
        if front:
            return front.pop()
        return fifo.popleft()

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
        self._queue = _Fifo()
        # An RLock so that put() stays usable from __del__ methods and the like.
        self._mutex = threading.RLock()
        # Counts available items; get() blocks on it.
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue; never blocks (block and timeout are ignored).'''
        with self._mutex:
            self._queue._back.append(item)
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
        with self._mutex:
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
