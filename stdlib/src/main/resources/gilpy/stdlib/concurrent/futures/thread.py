"""ThreadPoolExecutor: a pool of worker threads fed from a queue (written for gilpy)."""
import os
import queue
import threading
from concurrent.futures._base import Executor, Future, BrokenExecutor

_STOP = object()


class BrokenThreadPool(BrokenExecutor):
    """An initializer failed: the pool cannot run work."""


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{ThreadPoolExecutor._counter - 1}"
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            future = Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        if self._idle.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = f"{self._thread_name_prefix}_{len(self._threads)}"
            t = threading.Thread(name=name, target=self._worker, daemon=True)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                with self._shutdown_lock:
                    self._broken = "A thread initializer failed, the thread pool is not usable anymore"
                    while True:
                        try:
                            item = self._work_queue.get_nowait()
                        except queue.Empty:
                            break
                        if item is not _STOP:
                            item.future.set_exception(BrokenThreadPool(self._broken))
                return
        while True:
            item = self._work_queue.get()
            if item is _STOP:
                self._work_queue.put(_STOP)
                return
            item.run()
            del item
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not _STOP:
                        item.future.cancel()
            self._work_queue.put(_STOP)
        if wait:
            for t in list(self._threads):
                t.join()
