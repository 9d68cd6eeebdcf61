"""Process pools (written for gilpy).

Workers are child processes (each with its own GIL) that take tasks from a shared queue and
put results on another; a thread in the parent hands the results to their AsyncResult
objects and replaces workers that exited (maxtasksperchild). Functions travel by qualified
name, as with pickle, so they must be defined at module level.
"""
import os
import threading

from multiprocessing import process
from multiprocessing.context import TimeoutError
import queue

from multiprocessing.queues import Queue, SimpleQueue

__all__ = ["Pool", "AsyncResult", "MapResult"]

RUN, CLOSE, TERMINATE = 0, 1, 2
_job_counter = iter(range(1 << 62))  # job numbers, unique within this process


def _worker(inqueue, outqueue, initializer, initargs, maxtasks):
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, index, kind, func, payload = task
        try:
            if kind == "apply":
                args, kwds = payload
                result = (True, func(*args, **kwds))
            elif kind == "map":
                result = (True, [func(x) for x in payload])
            else:
                result = (True, [func(*x) for x in payload])
        except Exception as e:
            result = (False, e)
        try:
            outqueue.put((job, index, result))
        except Exception as e:
            outqueue.put((job, index, (False, e)))
        completed += 1


class AsyncResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._job = next(_job_counter)
        self._event = threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None
        pool._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError(f"{self!r} not ready")
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _wait_done(self):
        self._event.wait()

    def _set(self, index, result):
        self._success, self._value = result
        self._finish()

    def _finish(self):
        if self._success and self._callback is not None:
            self._callback(self._value)
        if not self._success and self._error_callback is not None:
            self._error_callback(self._value)
        self._event.set()
        del self._pool._cache[self._job]


class MapResult(AsyncResult):
    def __init__(self, pool, chunks, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunks_left = chunks
        self._offsets = []
        if chunks == 0:
            self._finish()

    def _set(self, index, result):
        ok, value = result
        self._chunks_left -= 1
        if ok and self._success:
            start = self._offsets[index]
            self._value[start:start + len(value)] = value
        elif self._success:
            self._success, self._value = False, value
        if self._chunks_left == 0:
            self._finish()


class IMapIterator:
    """The results of imap (in order) or imap_unordered (as they come)."""

    def __init__(self, pool, ordered):
        self._pool = pool
        self._job = next(_job_counter)
        self._ordered = ordered
        self._cond = threading.Condition(threading.Lock())
        self._items = {} if ordered else []
        self._next_index = 0
        self._length = None
        self._received = 0
        pool._cache[self._job] = self

    def __iter__(self):
        return self

    def _set(self, index, result):
        with self._cond:
            if self._ordered:
                self._items[index] = result
            else:
                self._items.append(result)
            self._received += 1
            if self._received == self._length:
                self._pool._cache.pop(self._job, None)
            self._cond.notify_all()

    def _wait_done(self):
        with self._cond:
            while self._pool._cache.get(self._job) is self:
                self._cond.wait()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._received == length:
                self._pool._cache.pop(self._job, None)
            self._cond.notify_all()

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._ordered and self._next_index in self._items:
                    result = self._items.pop(self._next_index)
                    break
                if not self._ordered and self._items:
                    result = self._items.pop(0)
                    break
                if self._length is not None and self._next_index >= self._length:
                    raise StopIteration
                if not self._cond.wait(timeout):
                    raise TimeoutError
            self._next_index += 1
        ok, values = result
        if not ok:
            raise values
        return values

    __next__ = next


class Pool:
    """A pool of worker processes; the default size is os.cpu_count()."""

    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._inqueue = SimpleQueue()
        self._outqueue = Queue()
        self._cache = {}
        self._state = RUN
        self._pool = []
        self._repopulate()
        self._handler = threading.Thread(target=self._handle_results, daemon=True)
        self._handler.start()

    def _repopulate(self):
        for _ in range(self._processes - len(self._pool)):
            worker = _PoolProcess(target=_worker, daemon=True, args=(
                self._inqueue, self._outqueue, self._initializer, self._initargs, self._maxtasksperchild))
            worker.name = "ForkPoolWorker-" + ":".join(str(i) for i in worker._identity)
            worker.start()
            self._pool.append(worker)

    def _handle_results(self):
        """Hands results to their AsyncResults and, between results, replaces workers that
        exited after maxtasksperchild tasks (so that tasks still queued find a worker)."""
        while True:
            try:
                message = self._outqueue.get(timeout=0.05)
            except queue.Empty:
                self._maintain_pool()
                continue
            if message is None:
                return
            job, index, result = message
            target = self._cache.get(job)
            if target is not None:
                target._set(index, result)
            self._maintain_pool()

    def _maintain_pool(self):
        if self._maxtasksperchild is None or self._state != RUN:
            return
        exited = [w for w in self._pool if w.exitcode is not None]
        if exited:
            for w in exited:
                w.join()
                self._pool.remove(w)
            self._repopulate()

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = AsyncResult(self, callback, error_callback)
        self._put((result._job, 0, "apply", func, (tuple(args), dict(kwds))), result)
        return result

    def _put(self, task, result):
        try:
            self._inqueue.put(task)
        except BaseException:
            self._cache.pop(result._job, None)
            raise

    def _chunks(self, iterable, chunksize):
        items = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(items), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return items, [items[i:i + chunksize] for i in range(0, len(items), chunksize)]

    def _map_async(self, func, iterable, kind, chunksize, callback, error_callback):
        self._check_running()
        items, chunks = self._chunks(iterable, chunksize)
        result = MapResult(self, len(chunks), len(items), callback, error_callback)
        offset = 0
        for chunk in chunks:
            result._offsets.append(offset)
            offset += len(chunk)
        for index, chunk in enumerate(chunks):
            self._put((result._job, index, kind, func, chunk), result)
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, "map", chunksize, None, None).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, "map", chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, "starmap", chunksize, None, None).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, "starmap", chunksize, callback, error_callback)

    def _imap(self, func, iterable, chunksize, ordered):
        self._check_running()
        if chunksize < 1:
            raise ValueError(f"Chunksize must be 1+, not {chunksize:n}")
        result = IMapIterator(self, ordered)
        items = list(iterable)
        count = 0
        for index in range(0, len(items), chunksize):
            self._put((result._job, count, "map", func, items[index:index + chunksize]), result)
            count += 1
        result._set_length(count)
        return _Flatten(result) if chunksize > 1 else _Single(result)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, False)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        self._state = TERMINATE
        for worker in self._pool:
            worker.terminate()
        for worker in self._pool:
            worker.join()
        self._outqueue.put(None)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state == CLOSE:
            while self._cache:
                next(iter(self._cache.values()))._wait_done()
        for worker in self._pool:
            worker.join()
        if self._state == CLOSE:
            self._outqueue.put(None)
        self._handler.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __repr__(self):
        state = {RUN: "RUN", CLOSE: "CLOSE", TERMINATE: "TERMINATE"}[self._state]
        return f"<multiprocessing.pool.Pool state={state} pool_size={len(self._pool)}>"


class _Single:
    def __init__(self, it):
        self._it = it

    def __iter__(self):
        return self

    def __next__(self):
        return self._it.next()[0]

    def next(self, timeout=None):
        return self._it.next(timeout)[0]


class _Flatten:
    def __init__(self, it):
        self._it = it
        self._buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        while not self._buffer:
            self._buffer = list(self._it.next())
        return self._buffer.pop(0)

    next = __next__


class _PoolProcess(process.BaseProcess):
    pass
