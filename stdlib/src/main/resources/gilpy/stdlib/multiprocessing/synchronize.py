"""Synchronisation between processes (written for gilpy).

Lock and RLock are locks that forked children share; Semaphore and BoundedSemaphore are
counting semaphores outside every process. Condition, Event and Barrier are built here on
those and on shared memory: a condition counts its waiters in shared memory (under its
lock) and wakes them through a shared semaphore.
"""
import _gilpy_process
import threading

__all__ = ["Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event", "Barrier"]


def Lock():
    return _gilpy_process.shared_lock(False)


def RLock():
    return _gilpy_process.shared_lock(True)


class Semaphore:
    _bounded = False

    def __init__(self, value=1, *, ctx=None):
        self._sem = _gilpy_process.semaphore(value, self._bounded)

    def acquire(self, block=True, timeout=None):
        return _gilpy_process.sem_acquire(self._sem, block, timeout)

    def release(self):
        _gilpy_process.sem_release(self._sem)

    def get_value(self):
        return _gilpy_process.sem_value(self._sem)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return f"<{type(self).__name__}(value={self.get_value()})>"


class BoundedSemaphore(Semaphore):
    _bounded = True


class _Counters:
    """A few integers in shared memory."""

    def __init__(self, count):
        self._memory = _gilpy_process.shared_memory("q", count)

    def __getitem__(self, index):
        return _gilpy_process.mem_get(self._memory, index)

    def __setitem__(self, index, value):
        _gilpy_process.mem_set(self._memory, index, value)


_WAITING = 0
_RLOCK_TYPE = type(threading.RLock())


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = RLock() if lock is None else lock
        self._signals = _gilpy_process.semaphore(0, False)
        self._state = _Counters(1)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_all(self):
        """Releases the lock completely (an RLock may be held several times); returns how often."""
        self._lock.release()
        count = 1
        if type(self._lock) is _RLOCK_TYPE:
            while self._lock._is_owned():
                self._lock.release()
                count += 1
        return count

    def wait(self, timeout=None):
        self._state[_WAITING] += 1
        count = self._release_all()
        try:
            woken = _gilpy_process.sem_acquire(self._signals, True, timeout)
        finally:
            for _ in range(count):
                self._lock.acquire()
        if not woken:
            # a notify may have given out a wake-up after the timeout: take it, else stop counting as waiting
            woken = _gilpy_process.sem_acquire(self._signals, False, None)
            if not woken:
                self._state[_WAITING] -= 1
        return woken

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            import time
            deadline = time.monotonic() + timeout
        while not result:
            if timeout is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self.wait(remaining)
            else:
                self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        woken = min(n, self._state[_WAITING])
        self._state[_WAITING] -= woken
        for _ in range(woken):
            _gilpy_process.sem_release(self._signals)

    def notify_all(self):
        self.notify(self._state[_WAITING])

    def __repr__(self):
        return f"<Condition({self._lock}, {self._state[_WAITING]})>"


class Event:
    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = _Counters(1)

    def is_set(self):
        return self._flag[0] == 1

    def set(self):
        with self._cond:
            self._flag[0] = 1
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag[0] = 0

    def wait(self, timeout=None):
        with self._cond:
            if self._flag[0] == 0:
                self._cond.wait(timeout)
            return self._flag[0] == 1

    def __repr__(self):
        return f"<Event({'set' if self.is_set() else 'unset'})>"


_COUNT, _GENERATION, _BROKEN = 0, 1, 2


class Barrier:
    """parties processes wait until all have arrived; then all go on (as threading.Barrier)."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._cond = Condition(Lock())
        self._state = _Counters(3)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._state[_BROKEN]:
                raise threading.BrokenBarrierError
            generation = self._state[_GENERATION]
            index = self._state[_COUNT]
            self._state[_COUNT] = index + 1
            if index + 1 == self._parties:
                if self._action is not None:
                    try:
                        self._action()
                    except BaseException:
                        self._break()
                        raise
                self._state[_COUNT] = 0
                self._state[_GENERATION] = generation + 1
                self._cond.notify_all()
                return index
            while self._state[_GENERATION] == generation and not self._state[_BROKEN]:
                if not self._cond.wait(timeout):
                    if self._state[_GENERATION] == generation:
                        self._break()
                        raise threading.BrokenBarrierError
            if self._state[_GENERATION] == generation:
                raise threading.BrokenBarrierError
            return index

    def _break(self):
        self._state[_BROKEN] = 1
        self._state[_COUNT] = 0
        self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def reset(self):
        with self._cond:
            if self._state[_COUNT] > 0:
                self._break()
            self._state[_BROKEN] = 0
            self._state[_COUNT] = 0
            self._state[_GENERATION] += 1

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._state[_COUNT]

    @property
    def broken(self):
        return self._state[_BROKEN] == 1
