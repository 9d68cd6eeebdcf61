"""asyncio.Future (written for gilpy): a result that a coroutine can await.

Done callbacks never run inside set_result(): the loop calls them soon after, in order.
"""
from asyncio import events
from asyncio.exceptions import CancelledError, InvalidStateError

__all__ = ("Future", "wrap_future", "isfuture")

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    return getattr(type(obj), "_asyncio_future_blocking", None) is not None and obj._asyncio_future_blocking is not None


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    # True while a Task waits on this future through its __await__ (False: awaitable, not blocking)
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f"<{type(self).__name__} {self._repr_info()}>"

    def _repr_info(self):
        state = self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                return f"{state} exception={self._exception!r}"
            return f"{state} result={_short_repr(self._result)}"
        return state

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
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        return self._exception

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
        self.__schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


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
