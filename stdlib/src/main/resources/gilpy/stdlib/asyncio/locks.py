"""asyncio's synchronisation primitives (written for gilpy): for tasks of one loop, not threads.

Waiters are futures in FIFO order; waking one means setting its result, and the woken task
then runs on a later loop iteration, so each primitive re-checks its state after a wake-up.
"""
from collections import deque

from asyncio import events
from asyncio.exceptions import CancelledError

__all__ = ("Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier", "BrokenBarrierError")


class _AsyncWithAcquire:
    """async with primitive: acquire() on entry, release() on exit."""

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _new_waiter():
    return events.get_running_loop().create_future()


async def _wait_in_line(waiters, waiter):
    """Queues the waiter future and waits until it is woken (or cancelled)."""
    waiters.append(waiter)
    try:
        return await waiter
    finally:
        waiters.remove(waiter)


def _describe(obj, state, waiters=()):
    if waiters:
        state += f", waiters:{len(waiters)}"
    return f"<{type(obj).__module__}.{type(obj).__qualname__} object at {id(obj):#x} [{state}]>"


class Lock(_AsyncWithAcquire):
    def __init__(self):
        self._waiters = deque()
        self._locked = False

    def __repr__(self):
        return _describe(self, "locked" if self._locked else "unlocked", self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        try:
            await _wait_in_line(self._waiters, _new_waiter())
        except CancelledError:
            if not self._locked:
                self._wake_up_first()  # we were woken but will not take it: pass it on
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters:
            first = self._waiters[0]
            if not first.done():
                first.set_result(True)


class Event:
    def __init__(self):
        self._waiters = deque()
        self._value = False

    def __repr__(self):
        return _describe(self, "set" if self._value else "unset", self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for waiter in self._waiters:
                if not waiter.done():
                    waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        await _wait_in_line(self._waiters, _new_waiter())
        return True


class Condition(_AsyncWithAcquire):
    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = deque()

    def __repr__(self):
        return _describe(self, "locked" if self.locked() else "unlocked", self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            await _wait_in_line(self._waiters, _new_waiter())
            return True
        finally:
            cancelled = None
            while True:  # the lock is ours again before wait() ends, even when cancelled
                try:
                    await self.acquire()
                    break
                except CancelledError as exc:
                    cancelled = exc
            if cancelled is not None:
                raise cancelled

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = 0
        for waiter in self._waiters:
            if woken >= n:
                break
            if not waiter.done():
                woken += 1
                waiter.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_AsyncWithAcquire):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = deque()
        self._value = value

    def __repr__(self):
        return _describe(self, "locked" if self.locked() else f"unlocked, value:{self._value}", self._waiters)

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        waiter = _new_waiter()
        try:
            await _wait_in_line(self._waiters, waiter)
        except CancelledError:
            if waiter.done() and not waiter.cancelled():
                self._value += 1  # a release handed us a unit we will not use
            raise
        finally:
            while self._value > 0 and self._wake_up_next():
                pass  # waiters that queued behind us may go now
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        """Hands one unit to the first waiter still waiting; False when there is none."""
        for waiter in self._waiters:
            if not waiter.done():
                self._value -= 1
                waiter.set_result(True)
                return True
        return False


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""


_FILLING, _DRAINING, _RESETTING, _BROKEN = "filling", "draining", "resetting", "broken"


class Barrier:
    """Waits until `parties` tasks have called wait(); each gets a distinct index."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f", waiters:{self.n_waiting}/{self.parties}"
        return _describe(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise BrokenBarrierError("Barrier aborted")
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_RESETTING, _DRAINING):
                    self._state = _FILLING
                self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
