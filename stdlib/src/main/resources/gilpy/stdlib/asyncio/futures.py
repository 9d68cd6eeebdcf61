"""asyncio.Future (written for gilpy): a result that a coroutine can await.

Done callbacks never run inside set_result(): the loop calls them soon after, in order.
A future whose exception nobody retrieved is reported at exit ("... exception was never
retrieved"), which is when CPython's garbage collector usually reports it.
"""
import atexit
import sys

from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_unretrieved = {}  # id -> a finished future whose exception no one has looked at


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and obj._asyncio_future_blocking is not None


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _log_traceback = False  # its exception has not been retrieved yet
    # True while a Task waits on this future through its __await__ (False: awaitable, not blocking)
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f"exception={self._exception!r}")
            else:
                info.append(f"result={_short_repr(self._result)}")
        if self._callbacks:
            info.append(f"cb=[{_format_callbacks(self._callbacks)}]")
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            self._retrieved()
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._retrieved()
        return self._exception

    def _retrieved(self):
        if self._log_traceback:
            self._log_traceback = False
            _unretrieved.pop(id(self), None)

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(f"{self._state}: {self!r}")
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._log_traceback = True
        _unretrieved[id(self)] = self
        self.__schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# CPython's Future is C code: its frames never show in tracebacks, so ours do not either.
sys._gilpy_hide_from_tracebacks(Future.result)
sys._gilpy_hide_from_tracebacks(Future.__await__)


def _report_unretrieved():
    """At exit: the futures whose exceptions no one retrieved, through their loops' handlers."""
    for future in list(_unretrieved.values()):
        if future._log_traceback:
            future._log_traceback = False
            future._loop.call_exception_handler({
                "message": f"{type(future).__name__} exception was never retrieved",
                "exception": future._exception,
                "future": future,
            })
    _unretrieved.clear()


atexit.register(_report_unretrieved)


def _format_callbacks(callbacks):
    """cb=[...] in a future's repr, shortened like CPython's for more than two callbacks."""
    names = [_format_callback(cb) for cb in callbacks]
    if len(names) > 2:
        return f"{names[0]}, <{len(names) - 2} more>, {names[-1]}"
    return ", ".join(names)


def _format_callback(callback):
    func = getattr(callback, "__func__", callback)
    name = getattr(callback, "__qualname__", None) or getattr(callback, "__name__", None) or repr(callback)
    code = getattr(func, "__code__", None)
    if code is None or code.co_filename.startswith(events._PACKAGE_DIR):
        return f"{name}()"  # asyncio's own callbacks are C functions in CPython: no source shown
    return f"{name}() at {code.co_filename}:{code.co_firstlineno}"



def _short_repr(value):
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _set_result_unless_done(future, result):
    """A callback that completes a future unless something else did first (timers, wake-ups)."""
    if not future.done():
        future.set_result(result)


def _copy_state(source, dest):
    """Copies a done future's outcome (asyncio's or concurrent.futures') into a pending asyncio Future."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exception = source.exception()
    if exception is not None:
        dest.set_exception(exception)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future that completes when the concurrent.futures.Future does."""
    if isfuture(future):
        return future
    loop = events.get_event_loop() if loop is None else loop
    new_future = loop.create_future()

    def on_asyncio_done(f):
        if f.cancelled():
            future.cancel()

    def on_concurrent_done(f):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_state, f, new_future)

    new_future.add_done_callback(on_asyncio_done)
    future.add_done_callback(on_concurrent_done)
    return new_future
