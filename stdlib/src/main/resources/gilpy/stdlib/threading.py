"""Thread objects and synchronisation primitives, written for gilpy on top of _thread.

Threads are real Java threads; the GIL (see sys.getswitchinterval and -X gil=0) decides
which of them runs Python code.
"""
import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ["get_ident", "get_native_id", "active_count", "Condition", "current_thread", "enumerate",
           "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore",
           "Thread", "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
           "local", "excepthook", "activeCount", "currentThread"]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
Lock = _thread.allocate_lock
RLock = _thread.RLock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX

_registry_lock = _allocate_lock()
_active = {}        # ident -> running Thread
_dummies = {}       # ident -> _DummyThread, for threads not started by this module
_name_counter = 0


def _new_name(prefix, target=None):
    global _name_counter
    with _registry_lock:
        _name_counter += 1
        number = _name_counter
    name = f"{prefix}-{number}"
    if target is not None:
        try:
            name += f" ({target.__name__})"
        except AttributeError:
            pass
    return name


# ---------------------------------------------------------------- conditions and friends

class Condition:
    """A condition variable: waiters park on private locks the notifier releases."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        if hasattr(self._lock, "_is_owned"):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        count = 0
        if isinstance(self._lock, RLock):
            while self._lock._is_owned():
                self._lock.release()
                count += 1
        else:
            self._lock.release()
            count = 1
        return count

    def _acquire_restore(self, count):
        for _ in range(count):
            self._lock.acquire()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            else:
                got = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.release()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if self._value > 0:
                    self._value -= 1
                    return True
                return False
            if self._cond.wait_for(lambda: self._value > 0, timeout):
                self._value -= 1
                return True
            return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait_for(lambda: self._flag, timeout)
            return signaled


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets a fixed number of threads wait for each other; one may run an action first."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0      # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


# ---------------------------------------------------------------- threads

class ExceptHookArgs:
    __match_args__ = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args, /):
    """Prints an exception that escaped Thread.run(), as CPython's default hook does."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write(f"Exception in thread {name}:\n")
    stderr.write(_thread._format_exception(args.exc_value))
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: runs target(*args, **kwargs), or an overridden run()."""
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        self._target = target
        self._name = str(name) if name is not None else _new_name("Thread", target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else bool(daemon)
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._running = _allocate_lock()    # held from start() until run() has finished
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._running.acquire()
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            self._running.release()
            raise
        self._started.wait()

    def _bootstrap(self):
        _thread._set_name(self._name)
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _registry_lock:
            _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            with _registry_lock:
                _active.pop(self._ident, None)
            self._is_stopped = True
            self._running.release()

    def run(self):
        try:
            if self._target is not None:
                _thread._run_target(self._target, self._args, self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            self._running.acquire()
            self._running.release()
        elif self._running.acquire(True, max(timeout, 0)):
            self._running.release()

    def is_alive(self):
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started = Event()
        self._started._flag = True
        self._running = _allocate_lock()
        self._running.acquire()
        self._is_stopped = False
        self._initialized = True


class _DummyThread(Thread):
    """Stands for a thread started directly with _thread."""

    def __init__(self):
        self._target = None
        self._name = _new_name("Dummy")
        self._args = ()
        self._kwargs = {}
        self._daemonic = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started = Event()
        self._started._flag = True
        self._running = _allocate_lock()
        self._is_stopped = False
        self._initialized = True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


_main_thread = _MainThread()
_thread._set_name("MainThread")


def current_thread():
    ident = get_ident()
    if ident == _main_thread._ident:
        return _main_thread
    thread = _active.get(ident)
    if thread is None:
        thread = _dummies.get(ident)
        if thread is None:
            thread = _DummyThread()
            _dummies[ident] = thread
    return thread


currentThread = current_thread


def main_thread():
    return _main_thread


def enumerate():
    with _registry_lock:
        return [_main_thread] + list(_active.values()) + list(_dummies.values())


def active_count():
    with _registry_lock:
        return 1 + len(_active) + len(_dummies)


activeCount = active_count


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class local:
    """Thread-local data: each thread sees its own attributes."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is local.__init__:
            raise TypeError("Initialization arguments are not supported")
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__init", (args, kwargs))
        self._local__dict()

    def _local__dict(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        ident = get_ident()
        d = dicts.get(ident)
        if d is None:
            d = {}
            dicts[ident] = d
            args, kwargs = object.__getattribute__(self, "_local__init")
            if type(self).__init__ is not local.__init__ and ident != _creator_of(self):
                type(self).__init__(self, *args, **kwargs)
        return d

    def __getattribute__(self, name):
        if name.startswith("_local__"):
            return object.__getattribute__(self, name)
        d = self._local__dict()
        if name in d:
            return d[name]
        if name == "__dict__":
            return d
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("'local' object attribute '__dict__' is read-only")
        self._local__dict()[name] = value

    def __delattr__(self, name):
        d = self._local__dict()
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _creator_of(obj):
    return None


def _after_fork(forking_ident):
    """In a child process made by fork: only the thread that forked exists there; it goes on
    under the child's thread identity and becomes the child's main thread, as in CPython."""
    global _main_thread, _registry_lock
    _registry_lock = _allocate_lock()  # the copy may have been held by a thread that is gone
    if forking_ident == _main_thread._ident:
        current = _main_thread
    else:
        current = _active.get(forking_ident) or _dummies.get(forking_ident)
    for thread in list(_active.values()) + [_main_thread]:
        if thread is not current:
            thread._is_stopped = True
    _active.clear()
    _dummies.clear()
    if current is None:
        current = _DummyThread()
    current._ident = get_ident()
    current._native_id = get_native_id()
    current._is_stopped = False
    _main_thread = current


def _shutdown():
    """Called when the main program ends: waits for every non-daemon thread."""
    _main_thread._is_stopped = True
    while True:
        with _registry_lock:
            pending = [t for t in _active.values() if not t.daemon and t.is_alive()]
        if not pending:
            break
        for thread in pending:
            thread.join()
