"""Futures, executors and the wait/as_completed helpers, written for gilpy."""
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING, _RUNNING, _CANCELLED, _FINISHED = "PENDING", "RUNNING", "CANCELLED", "FINISHED"

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for the module's own exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in the Future's current state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""


class Future:
    """The result of a call that runs elsewhere, available once it finishes."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._waiters = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception is not None:
                    return f"<Future at {id(self):#x} state=finished raised {type(self._exception).__name__}>"
                return f"<Future at {id(self):#x} state=finished returned {type(self._result).__name__}>"
            return f"<Future at {id(self):#x} state={self._state.lower()}>"

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            waiters = self._wake_waiters()
        self._announce_done(waiters)
        return True

    def cancelled(self):
        with self._condition:
            return self._state == _CANCELLED

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _FINISHED)

    def _outcome(self):
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def _wait_done(self, timeout):
        """Waits (holding the condition) until finished or cancelled; TimeoutError otherwise."""
        if self._state not in (_CANCELLED, _FINISHED):
            self._condition.wait_for(lambda: self._state in (_CANCELLED, _FINISHED), timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _FINISHED):
                self._callbacks.append(fn)
                return
        self._call(fn)

    def _call(self, fn):
        try:
            fn(self)
        except Exception as exc:
            import sys
            print(f"exception calling callback for {self!r}: {exc!r}", file=sys.stderr)

    def _wake_waiters(self):
        """With the condition held: wakes result() callers, returns the wait()/as_completed() waiters."""
        self._condition.notify_all()
        return list(self._waiters)

    def _announce_done(self, waiters):
        """Without the condition held: tells the waiters and runs the callbacks."""
        for waiter in waiters:
            waiter.add(self)
        self._run_callbacks()

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._call(fn)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def _finish(self, result=None, exception=None):
        with self._condition:
            if self._state in (_CANCELLED, _FINISHED):
                raise InvalidStateError(f"{self._state}: {self!r}")
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            waiters = self._wake_waiters()
        self._announce_done(waiters)

    def set_result(self, result):
        self._finish(result=result)

    def set_exception(self, exception):
        self._finish(exception=exception)


class _Waiter:
    """Collects futures as they complete, for wait() and as_completed()."""

    def __init__(self):
        self.event = threading.Event()
        self.finished = []
        self.lock = threading.Lock()

    def add(self, future):
        with self.lock:
            self.finished.append(future)
        self.event.set()


def as_completed(fs, timeout=None):
    """Yields the futures as they complete (finished or cancelled)."""
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    waiter = _Waiter()
    for f in fs:
        with f._condition:
            if f._state in (_CANCELLED, _FINISHED):
                waiter.finished.append(f)
            else:
                f._waiters.append(waiter)
    yielded = set()
    try:
        while len(yielded) < total:
            with waiter.lock:
                ready = [f for f in waiter.finished if f not in yielded]
                waiter.event.clear()
            for f in ready:
                yielded.add(f)
                yield f
            if len(yielded) == total:
                break
            remaining = None if end is None else end - time.monotonic()
            if remaining is not None and remaining <= 0:
                raise TimeoutError(f"{total - len(yielded)} (of {total}) futures unfinished")
            with waiter.lock:
                pending_ready = any(f not in yielded for f in waiter.finished)
            if not pending_ready:
                waiter.event.wait(remaining)
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)


class _DoneAndNotDone(tuple):
    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures are done as return_when says; returns (done, not_done) sets."""
    fs = set(fs)
    end = None if timeout is None else time.monotonic() + timeout

    def split():
        done = {f for f in fs if f.done()}
        return done, fs - done

    waiter = _Waiter()
    for f in fs:
        with f._condition:
            f._waiters.append(waiter)
    try:
        while True:
            done, not_done = split()
            if not not_done:
                break
            if return_when == FIRST_COMPLETED and done:
                break
            if return_when == FIRST_EXCEPTION and any(
                    not f.cancelled() and f.exception() is not None for f in done):
                break
            remaining = None if end is None else end - time.monotonic()
            if remaining is not None and remaining <= 0:
                break
            waiter.event.clear()
            done2, _ = split()
            if len(done2) == len(done):
                waiter.event.wait(remaining)
    finally:
        for f in fs:
            with f._condition:
                if waiter in f._waiters:
                    f._waiters.remove(waiter)
    done, not_done = split()
    return _DoneAndNotDone((done, not_done))


class Executor:
    """Base class: submit() schedules a call; map() and the with-statement build on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    f = futures.pop()
                    if end is None:
                        yield f.result()
                    else:
                        yield f.result(end - time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
