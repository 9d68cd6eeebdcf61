"""The event loop, its handles and the per-thread current loop (written for gilpy).

One loop runs callbacks in one thread: a deque of ready handles, a heap of timers, and the
sockets it watches. When nothing is ready it blocks in its selector (_gilpy_nio, over
java.nio) until a socket is ready or the next timer is due; the wait releases the GIL, and
call_soon_threadsafe wakes it early.
"""
import _gilpy_nio
import _thread
import heapq
import sys
import threading
import time
from collections import deque

__all__ = ("AbstractEventLoop", "Handle", "TimerHandle", "get_event_loop", "set_event_loop",
           "new_event_loop", "get_running_loop", "_get_running_loop")


class Handle:
    __slots__ = ("_callback", "_args", "_cancelled", "_loop", "__weakref__")

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = " cancelled" if self._cancelled else ""
        return f"<{type(self).__name__}{state} {_callback_repr(self._callback, self._args)}>"

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                "message": f"Exception in callback {_callback_repr(self._callback, self._args)}",
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    __slots__ = ("_when", "_scheduled")

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def when(self):
        return self._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()


def _callback_repr(callback, args):
    name = getattr(callback, "__qualname__", None) or repr(callback)
    return f"{name}({', '.join(repr(a) for a in args or ())})"


class AbstractEventLoop:
    """The interface; BaseEventLoop below is the one implementation."""


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._debug = False
        self._exception_handler = None
        self._default_executor = None
        self._executor_shutdown_called = False
        self._task_factory = None
        self._asyncgens = set()  # async generators first iterated while this loop ran (not weak: gilpy has no weakref)
        self._asyncgens_shutdown_called = False
        self._selector = _gilpy_nio.selector()
        self._readers = {}  # channel -> Handle run when it is readable
        self._writers = {}  # channel -> Handle run when it is writable

    def __repr__(self):
        return (f"<{type(self).__name__} running={self.is_running()} "
                f"closed={self.is_closed()} debug={self.get_debug()}>")

    # -- scheduling -------------------------------------------------------------------

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        self._check_callback(callback, "call_soon")
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError("delay must not be None")
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        self._check_callback(callback, "call_at")
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        _gilpy_nio.wakeup(self._selector)

    # -- sockets ----------------------------------------------------------------------
    # The "fd" of these methods is a _gilpy_nio channel (asyncio's streams make them).

    def add_reader(self, fd, callback, *args):
        self._check_closed()
        self._watch(self._readers, fd, Handle(callback, args, self))

    def remove_reader(self, fd):
        return self._unwatch(self._readers, fd)

    def add_writer(self, fd, callback, *args):
        self._check_closed()
        self._watch(self._writers, fd, Handle(callback, args, self))

    def remove_writer(self, fd):
        return self._unwatch(self._writers, fd)

    def _watch(self, table, channel, handle):
        old = table.get(channel)
        if old is not None:
            old.cancel()
        table[channel] = handle
        self._update_interest(channel)

    def _unwatch(self, table, channel):
        handle = table.pop(channel, None)
        if handle is None:
            return False
        handle.cancel()
        if not self._closed:
            self._update_interest(channel)
        return True

    def _update_interest(self, channel):
        events = 0
        if channel in self._readers:
            events |= _gilpy_nio.EVENT_READ
        if channel in self._writers:
            events |= _gilpy_nio.EVENT_WRITE
        _gilpy_nio.register(self._selector, channel, events)

    def _check_callback(self, callback, method):
        if not callable(callback):
            raise TypeError(f"a callable object was expected by {method}(), got {callback!r}")

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- futures and tasks ------------------------------------------------------------

    def create_future(self):
        from asyncio.futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            from asyncio.tasks import Task
            return Task(coro, loop=self, name=name)
        task = self._task_factory(self, coro)
        if name is not None:
            task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                from concurrent.futures import ThreadPoolExecutor
                executor = ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        from asyncio.futures import wrap_future
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True
        executor = self._default_executor
        if executor is None:
            return
        future = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
                if not self.is_closed():
                    from asyncio.futures import _set_result_unless_done
                    self.call_soon_threadsafe(_set_result_unless_done, future, None)
            except BaseException as exc:
                self.call_soon_threadsafe(future.set_exception, exc)

        thread = threading.Thread(target=shut_down)
        thread.start()
        try:
            await future
        finally:
            thread.join(timeout)

    async def shutdown_asyncgens(self):
        """Closes the async generators that were iterated in this loop and not finished."""
        self._asyncgens_shutdown_called = True
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        from asyncio.tasks import gather
        results = await gather(*[agen.aclose() for agen in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": f"an error occurred during closing of asynchronous generator {agen!r}",
                    "exception": result,
                    "asyncgen": agen,
                })

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    # -- running ----------------------------------------------------------------------

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_loop = _get_running_loop()
        _set_running_loop(self)
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(old_loop)
            sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        from asyncio.tasks import ensure_future
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._readers.clear()
        self._writers.clear()
        _gilpy_nio.close(self._selector)
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def _check_running(self):
        if self.is_running():
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")

    def _run_once(self):
        """Waits for the next ready callback or due timer, then runs what is ready now."""
        scheduled = self._scheduled
        if self._timer_cancelled_count > len(scheduled) // 2 and len(scheduled) > 100:
            self._scheduled = scheduled = [t for t in scheduled if not t._cancelled]
            heapq.heapify(scheduled)
            self._timer_cancelled_count = 0
        while scheduled and scheduled[0]._cancelled:
            heapq.heappop(scheduled)._scheduled = False
            self._timer_cancelled_count -= 1
        if self._ready or self._stopping:
            timeout = 0
        elif scheduled:
            timeout = max(0, scheduled[0]._when - self.time())
        else:
            timeout = None
        self._wait(timeout)
        end = self.time()
        while scheduled and scheduled[0]._when <= end:
            timer = heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _wait(self, timeout):
        """Blocks in the selector (at most timeout seconds) and queues the handlers of ready sockets."""
        if timeout == 0 and not self._readers and not self._writers:
            return  # nothing to poll and no time to wait
        for channel, events in _gilpy_nio.select(self._selector, timeout):
            if events & _gilpy_nio.EVENT_READ:
                handle = self._readers.get(channel)
                if handle is not None and not handle._cancelled:
                    self._ready.append(handle)
            if events & _gilpy_nio.EVENT_WRITE:
                handle = self._writers.get(channel)
                if handle is not None and not handle._cancelled:
                    self._ready.append(handle)

    # -- errors and debugging ---------------------------------------------------------

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f"A callable object or None is expected, got {handler!r}")
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        exception = context.get("exception")
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append(f"{key}: {context[key]!r}")
        text = "\n".join(lines)
        if exception is not None:
            text += "\n" + _thread._format_exception(exception).rstrip("\n")
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                print("Exception in default exception handler", file=sys.stderr)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self.default_exception_handler({
                    "message": "Unhandled error in exception handler",
                    "exception": exc,
                    "context": context,
                })

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled


def _run_until_complete_cb(future):
    if not future.cancelled():
        exc = future.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return  # the loop's run_forever is unwinding with it already
    future.get_loop().stop()


# -- the current loop of each thread ----------------------------------------------------

_running_loops = {}   # thread ident -> the loop running in it
_current_loops = {}   # thread ident -> the loop set_event_loop() gave it (None: explicitly none)


def _get_running_loop():
    return _running_loops.get(threading.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running_loops.pop(threading.get_ident(), None)
    else:
        _running_loops[threading.get_ident()] = loop


def get_running_loop():
    loop = _running_loops.get(threading.get_ident())
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loops[threading.get_ident()] = loop


def get_event_loop():
    ident = threading.get_ident()
    loop = _running_loops.get(ident)
    if loop is not None:
        return loop
    loop = _current_loops.get(ident)
    if loop is None:
        if ident in _current_loops or threading.current_thread() is not threading.main_thread():
            raise RuntimeError(f"There is no current event loop in thread {threading.current_thread().name!r}.")
        _warn_no_current_loop()
        loop = _current_loops[ident] = new_event_loop()
    return loop


_PACKAGE_DIR = __file__.rsplit("/", 1)[0] + "/"  # asyncio's own files (left out of warnings and reprs)


def _warn_no_current_loop():
    """3.12's DeprecationWarning for an implicitly created loop, attributed to the first caller
    outside asyncio (shown by the default filters only when that caller is in __main__)."""
    import warnings
    level = 3  # warn() -> this function -> get_event_loop -> its caller
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        level += 1
        frame = frame.f_back
    warnings.warn("There is no current event loop", DeprecationWarning, stacklevel=level)
