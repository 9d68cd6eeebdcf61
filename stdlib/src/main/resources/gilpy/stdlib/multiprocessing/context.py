"""Start methods and contexts (written for gilpy).

fork (the default, as on Linux with CPython 3.12/3.13) copies this process's state into the
child at start(). spawn starts a fresh interpreter that imports the main script as
__mp_main__ and gets the Process object with pickle's semantics. forkserver is not
available: get_context raises for it.
"""
import os

from multiprocessing import process

__all__ = ["BaseContext", "DefaultContext", "ForkContext", "SpawnContext", "get_context", "set_start_method",
           "get_start_method", "get_all_start_methods"]


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BaseContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def cpu_count(self):
        return os.cpu_count()

    def freeze_support(self):
        pass  # nothing to do: there are no frozen executables

    def get_context(self, method=None):
        if method is None:
            return _default_context._actual
        if method not in _concrete:
            if method == "forkserver":
                raise ValueError(f"start method {method!r} is not available in gilpy yet")
            raise ValueError(f"cannot find context for {method!r}")
        return _concrete[method]

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError("cannot set start method of concrete context")

    def get_all_start_methods(self):
        return ["fork", "spawn"]

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass


class Process(process.BaseProcess):
    """multiprocessing.Process: starts with the default context's start method."""
    _start_method = None


class ForkProcess(process.BaseProcess):
    _start_method = "fork"


class ForkContext(BaseContext):
    _name = "fork"
    Process = ForkProcess


class SpawnProcess(process.BaseProcess):
    _start_method = "spawn"


class SpawnContext(BaseContext):
    _name = "spawn"
    Process = SpawnProcess


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual = None

    def get_context(self, method=None):
        if method is None:
            if self._actual is None:
                self._actual = self._default_context
            return self._actual
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual is not None and not force:
            raise RuntimeError("context has already been set")
        if method is None and force:
            self._actual = None
            return
        self._actual = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual is None:
            if allow_none:
                return None
            self._actual = self._default_context
        return self._actual._name

    def get_all_start_methods(self):
        return ["fork", "spawn"]


_concrete = {"fork": ForkContext(), "spawn": SpawnContext()}
_default_context = DefaultContext(_concrete["fork"])
_default_context._actual = None
