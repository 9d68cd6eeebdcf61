"""Process objects (written for gilpy).

A child process is an inner context of this JVM with its own modules, its own GIL and its
own pid (see _gilpy_process). Started with fork, the default, it gets a copy of this
process's state at start(): what either side changes afterwards, the other never sees.
"""
import atexit
import os
import sys
import threading

import _gilpy_process

__all__ = ["BaseProcess", "current_process", "active_children", "parent_process"]


# True in a spawned child while it imports the parent's main script as __mp_main__
_bootstrapping = False

_BOOTSTRAP_ERROR = """
        An attempt has been made to start a new process before the
        current process has finished its bootstrapping phase.

        This probably means that you are not using fork to start your
        child processes and you have forgotten to use the proper idiom
        in the main module:

            if __name__ == '__main__':
                freeze_support()
                ...

        The "freeze_support()" line can be omitted if the program
        is not going to be frozen to produce an executable.

        To fix this issue, refer to the "Safe importing of main module"
        section in https://docs.python.org/3/library/multiprocessing.html
        """


def current_process():
    """The Process object of the running process."""
    return _current_process


def active_children():
    """The children of this process that are still running (those that ended are reaped)."""
    _cleanup()
    return list(_children)


def parent_process():
    """The parent's Process object (None in the main process)."""
    return _parent_process


def _cleanup():
    for child in list(_children):
        if child._handle is not None and _gilpy_process.join(child._handle, 0):
            _children.discard(child)


class BaseProcess:
    """A process running target(*args, **kwargs), or the run() method of a subclass."""

    _start_method = None  # None: the default context's
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, "group argument must be None for now"
        _current_process._counter += 1
        self._identity = _current_process._identity + (_current_process._counter,)
        self._config = dict(_current_process._config)
        self._parent_pid = os.getpid()
        self._parent_name = _current_process.name
        self._handle = None
        self._closed = False
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + "-" + ":".join(str(i) for i in self._identity)
        if daemon is not None:
            self.daemon = daemon

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    def run(self):
        """What the child runs: target(*args, **kwargs) by default."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._handle is None, "cannot start a process twice"
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        assert not _current_process._config.get("daemon"), "daemonic processes are not allowed to have children"
        if _bootstrapping:
            raise RuntimeError(_BOOTSTRAP_ERROR)
        _cleanup()
        sys.stdout.flush()  # as CPython before a fork: nothing buffered is written twice
        sys.stderr.flush()
        method = self._start_method
        if method is None:
            from multiprocessing import context
            method = context._default_context.get_start_method()
        if method == "spawn":
            main = sys.modules.get("__main__")
            self._handle = _gilpy_process.spawn(self, getattr(main, "__file__", None))
        else:
            self._forking_thread = threading.get_ident()
            self._handle = _gilpy_process.fork(self)
            del self._forking_thread
        _children.add(self)

    def terminate(self):
        """Stops the child as SIGTERM would (exit code -15)."""
        self._check_closed()
        if self._handle is not None:
            _gilpy_process.terminate(self._handle, _SIGTERM)

    def kill(self):
        """Stops the child as SIGKILL would (exit code -9)."""
        self._check_closed()
        if self._handle is not None:
            _gilpy_process.terminate(self._handle, _SIGKILL)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._handle is not None, "can only join a started process"
        if _gilpy_process.join(self._handle, timeout):
            _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _current_process:
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        if self._handle is None:
            return False
        return _gilpy_process.is_alive(self._handle)

    def close(self):
        if self._handle is not None:
            if _gilpy_process.exitcode(self._handle) is None:
                raise ValueError("Cannot close a process while it is still running. "
                                 "You should first call join() or terminate().")
            self._handle = None
            _children.discard(self)
        self._closed = True

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), "name must be a string"
        self._name = name

    @property
    def daemon(self):
        return self._config.get("daemon", False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._handle is None, "process has already started"
        self._config["daemon"] = daemonic

    @property
    def authkey(self):
        return self._config.get("authkey", b"")

    @authkey.setter
    def authkey(self, authkey):
        self._config["authkey"] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._handle is None:
            return None
        return _gilpy_process.exitcode(self._handle)

    @property
    def ident(self):
        self._check_closed()
        if self is _current_process:
            return os.getpid()
        return self._handle and _gilpy_process.pid(self._handle)

    pid = ident

    @property
    def sentinel(self):
        self._check_closed()
        if self._handle is None:
            raise ValueError("process not started")
        return _gilpy_process.pid(self._handle)

    def __repr__(self):
        exitcode = None
        if self is _current_process:
            status = "started"
        elif self._closed:
            status = "closed"
        elif self._parent_pid != os.getpid():
            status = "unknown"
        elif self._handle is None:
            status = "initial"
        else:
            exitcode = _gilpy_process.exitcode(self._handle)
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._handle is not None:
            info.append("pid=%s" % _gilpy_process.pid(self._handle))
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append("exitcode=%s" % _exitcode_text(exitcode))
        if self.daemon:
            info.append("daemon")
        return "<%s>" % " ".join(info)

    def _bootstrap(self):
        """Runs in the child, on its copy of this object; returns the exit code."""
        global _current_process, _parent_process, _children
        if hasattr(self, "_forking_thread"):  # a fork: the child goes on in the forking thread
            threading._after_fork(self._forking_thread)
            del self._forking_thread
        _children = set()
        _parent_process = _ParentProcess(self._parent_name, self._parent_pid)
        _current_process = self
        self._counter = 0
        try:
            self.run()
            exitcode = 0
        except SystemExit as e:
            if e.code is None:
                exitcode = 0
            elif isinstance(e.code, int):
                exitcode = e.code
            else:
                sys.stderr.write(str(e.code) + "\n")
                exitcode = 1
        except BaseException as e:
            exitcode = 1
            sys.stderr.write("Process %s:\n" % self.name)
            _gilpy_process.print_exception(e)
        finally:
            threading._shutdown()
            _exit_function()
            sys.stdout.flush()
            sys.stderr.flush()
        return exitcode


_SIGKILL = 9
_SIGTERM = 15
_SIGNAL_NAMES = {1: "SIGHUP", 2: "SIGINT", 6: "SIGABRT", 9: "SIGKILL", 15: "SIGTERM"}


def _exitcode_text(exitcode):
    if exitcode < 0 and -exitcode in _SIGNAL_NAMES:
        return "-" + _SIGNAL_NAMES[-exitcode]
    return str(exitcode)


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = "MainProcess"
        self._parent_pid = None
        self._handle = None
        self._closed = False
        self._config = {"authkey": os.urandom(32) if hasattr(os, "urandom") else b"gilpy", "semprefix": "/mp"}
        self._counter = 0

    def close(self):
        pass


class _ParentProcess(BaseProcess):
    """What parent_process() returns in a child: name and pid of the parent."""

    def __init__(self, name, pid):
        self._identity = ()
        self._name = name
        self._pid = pid
        self._parent_pid = None
        self._handle = None
        self._closed = False
        self._config = {}

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        pass


_current_process = _MainProcess()
_parent_process = None
_children = set()


def _exit_function():
    """At exit, as CPython's multiprocessing: daemonic children are terminated, the others joined."""
    for child in list(_children):
        if child.daemon and child.is_alive():
            child.terminate()
    for child in list(_children):
        if child._handle is not None:
            child.join()


atexit.register(_exit_function)
