"""multiprocessing for gilpy: processes with their own GIL, so CPU-bound work runs in parallel.

Each child is an inner context of this JVM with its own modules, GIL and pid; see process.py.
"""
from multiprocessing import context, process
from multiprocessing.context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError)
from multiprocessing.process import current_process, active_children, parent_process
from multiprocessing.connection import Pipe
from multiprocessing.queues import Queue, JoinableQueue, SimpleQueue
from multiprocessing.synchronize import (Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event,
                                         Barrier)
from multiprocessing.sharedctypes import Value, Array, RawValue, RawArray

__all__ = ["Process", "Pool", "Manager", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Condition", "Event",
           "Barrier", "Value", "Array", "RawValue", "RawArray", "Pipe", "Queue", "JoinableQueue", "SimpleQueue", "current_process", "active_children", "parent_process", "freeze_support",
           "cpu_count", "get_context", "set_start_method", "get_start_method", "get_all_start_methods",
           "ProcessError", "BufferTooShort", "TimeoutError", "AuthenticationError"]

_default = context._default_context


Process = context.Process


def Pool(processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def Manager():
    """A started SyncManager: shared dicts, lists, queues, locks... kept in a server process."""
    from multiprocessing.managers import SyncManager
    manager = SyncManager()
    manager.start()
    return manager


def cpu_count():
    return _default.cpu_count()


def freeze_support():
    pass


def get_context(method=None):
    return _default.get_context(method)


def set_start_method(method, force=False):
    _default.set_start_method(method, force)


def get_start_method(allow_none=False):
    return _default.get_start_method(allow_none)


def get_all_start_methods():
    return _default.get_all_start_methods()
