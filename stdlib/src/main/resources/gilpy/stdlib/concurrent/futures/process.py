"""ProcessPoolExecutor: calls run in worker processes, each with its own GIL (written for gilpy).

Work items wait in the parent until a worker is free; a manager thread feeds the call queue
(at most one item per worker plus one in flight), hands results to the futures and notices
a worker that died, which breaks the pool (BrokenProcessPool), as in CPython. Functions and
arguments travel with pickle's semantics, so functions must be defined at module level.
multiprocessing is imported on first use, so that importing concurrent.futures stays cheap.
"""
import collections
import os
import threading

from concurrent.futures._base import Executor, Future, BrokenExecutor

__all__ = ["ProcessPoolExecutor", "BrokenProcessPool"]

_BROKEN_MESSAGE = ("A process in the process pool was terminated abruptly while the future was "
                   "running or pending.")


class BrokenProcessPool(BrokenExecutor):
    """A worker process died, or an initializer failed: the pool cannot run work."""


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            import sys
            sys.stderr.write("Exception in initializer:\n")
            raise SystemExit(1)
    done = 0
    while max_tasks is None or done < max_tasks:
        item = call_queue.get()
        if item is None:
            return
        work_id, fn, args, kwargs = item
        try:
            result = (work_id, True, fn(*args, **kwargs))
        except BaseException as e:
            result = (work_id, False, e)
        try:
            result_queue.put(result)
        except BaseException as e:
            result_queue.put((work_id, False, e))
        done += 1


_live_executors = []
_exit_hook_registered = False


def _python_exit():
    """At exit, as CPython: executors still open finish their work and stop their workers."""
    for executor in list(_live_executors):
        executor.shutdown(wait=True)


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        global _exit_hook_registered
        import atexit
        import multiprocessing
        if not _exit_hook_registered:
            # registered after multiprocessing's own exit hook, so that it runs before it
            atexit.register(_python_exit)
            _exit_hook_registered = True
        self._mp = multiprocessing if mp_context is None else mp_context
        self._max_workers = max_workers
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._lock = threading.Lock()
        self._pending = collections.deque()   # (work_id, future, fn, args, kwargs) not yet sent
        self._running = {}                    # work_id -> future sent to a worker
        self._next_id = 0
        self._processes = []
        self._call_queue = None
        self._result_queue = None
        self._manager = None
        self._shutdown = False
        self._broken = False

    def _start(self):
        self._call_queue = self._mp.Queue()
        self._result_queue = self._mp.Queue()
        self._spawn(self._max_workers)
        self._manager = threading.Thread(target=self._manage, daemon=True)
        self._manager.start()
        _live_executors.append(self)

    def _spawn(self, count):
        for _ in range(count):
            p = self._mp.Process(target=_process_worker, args=(
                self._call_queue, self._result_queue, self._initializer, self._initargs,
                self._max_tasks_per_child))
            p.start()
            self._processes.append(p)

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if self._manager is None:
                self._start()
            future = Future()
            self._pending.append((self._next_id, future, fn, args, kwargs))
            self._next_id += 1
        self._feed()
        return future

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        if chunksize == 1:
            return super().map(fn, *iterables, timeout=timeout)
        items = list(zip(*iterables))
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        results = super().map(_process_chunk, [fn] * len(chunks), chunks, timeout=timeout)

        def flatten():
            for chunk in results:
                yield from chunk
        return flatten()

    def _feed(self):
        """Moves pending items to the workers while fewer than workers + 1 are in flight."""
        with self._lock:
            while self._pending and len(self._running) < self._max_workers + 1:
                work_id, future, fn, args, kwargs = self._pending.popleft()
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    self._call_queue.put((work_id, fn, args, kwargs))
                except BaseException as e:  # fn or its arguments cannot be pickled
                    future.set_exception(e)
                    continue
                self._running[work_id] = future

    def _manage(self):
        while True:
            self._feed()
            received, message = self._take_result()
            if received:
                work_id, ok, value = message
                with self._lock:
                    future = self._running.pop(work_id, None)
                if future is not None:
                    if ok:
                        future.set_result(value)
                    else:
                        future.set_exception(value)
                continue
            if self._workers_died():
                return
            with self._lock:
                idle = not self._running and not self._pending
                if self._shutdown and idle:
                    return

    def _take_result(self):
        import queue
        try:
            return True, self._result_queue.get(timeout=0.02)
        except queue.Empty:
            return False, None

    def _workers_died(self):
        """Replaces workers that ended after max_tasks_per_child; True if one died: the pool breaks."""
        ended = [p for p in self._processes if p.exitcode is not None]
        if not ended:
            return False
        died = [p for p in ended if p.exitcode != 0]
        if not died and not self._shutdown:
            for p in ended:
                self._processes.remove(p)
            self._spawn(len(ended))
            return False
        if not died:
            return False
        with self._lock:
            self._broken = _BROKEN_MESSAGE
            failed = list(self._running.values()) + [item[1] for item in self._pending]
            self._running.clear()
            self._pending.clear()
        for future in failed:
            if not future.done():
                future.set_exception(BrokenProcessPool(_BROKEN_MESSAGE))
        for p in self._processes:
            if p.exitcode is None:
                p.terminate()
        return True

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while self._pending:
                    self._pending.popleft()[1].cancel()
        manager = self._manager
        if manager is None:
            return
        if self in _live_executors:
            _live_executors.remove(self)
        if wait:
            manager.join()
            for _ in self._processes:
                self._call_queue.put(None)
            for p in self._processes:
                p.join()
        else:
            def finish():
                manager.join()
                for _ in self._processes:
                    self._call_queue.put(None)
            threading.Thread(target=finish, daemon=True).start()
