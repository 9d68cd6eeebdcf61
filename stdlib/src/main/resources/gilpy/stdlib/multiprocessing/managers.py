"""Managers: objects kept in a server process, used from any process through proxies
(written for gilpy).

SyncManager starts a child process that owns the real objects. A proxy sends each method
call over a queue shared with the server, together with a reply queue of its own process
and thread; the server runs each call in a thread of its own (so a blocking get() or
acquire() holds up nobody else) and sends back the result or the exception. Arguments and
results are copied with pickle's semantics, as in CPython.
"""
import os
import queue
import threading

from multiprocessing import process
from multiprocessing.queues import SimpleQueue

__all__ = ["BaseManager", "SyncManager", "BaseProxy", "Namespace"]


class Namespace:
    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = [f"{name}={value!r}" for name, value in self.__dict__.items() if not name.startswith("_")]
        return f"Namespace({', '.join(sorted(items))})"


class _ValueHolder:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self.value = value

    def get(self):
        return self.value

    def set(self, value):
        self.value = value


def _make_array(typecode, sequence, lock=True):
    return list(sequence)


_FACTORIES = {
    "dict": dict, "list": list, "Namespace": Namespace, "Value": _ValueHolder, "Array": _make_array,
    "Queue": queue.Queue, "JoinableQueue": queue.Queue, "LifoQueue": queue.LifoQueue,
    "PriorityQueue": queue.PriorityQueue, "Lock": threading.Lock, "RLock": threading.RLock,
    "Semaphore": threading.Semaphore, "BoundedSemaphore": threading.BoundedSemaphore,
    "Condition": threading.Condition, "Event": threading.Event, "Barrier": threading.Barrier,
}


def _serve(requests):
    """The server process: owns the objects, runs each request in a thread."""
    objects = {}
    next_id = [0]
    registry_lock = threading.Lock()

    def handle(reply, op, ident, name, args, kwds):
        try:
            if op == "create":
                obj = _FACTORIES[name](*args, **kwds)
                with registry_lock:
                    next_id[0] += 1
                    ident = next_id[0]
                    objects[ident] = obj
                result = ident
            elif op == "getattr":
                result = getattr(objects[ident], name)
            elif op == "setattr":
                setattr(objects[ident], name, args[0])
                result = None
            elif op == "delattr":
                delattr(objects[ident], name)
                result = None
            else:
                result = getattr(objects[ident], name)(*args, **kwds)
                if name in ("keys", "values", "items") or type(result).__name__ in ("list_iterator", "dict_keyiterator"):
                    result = list(result)
            reply.put((True, result))
        except BaseException as e:
            try:
                reply.put((False, e))
            except BaseException as unpicklable:
                reply.put((False, unpicklable))

    while True:
        request = requests.get()
        if request is None:
            return
        threading.Thread(target=handle, args=request, daemon=True).start()


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None):
        self._requests = None
        self._process = None

    def start(self, initializer=None, initargs=()):
        if self._process is not None:
            raise RuntimeError("Already started server")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._requests = SimpleQueue()
        self._process = process.BaseProcess(target=_serve, args=(self._requests,))
        self._process.name = type(self).__name__ + "-" + ":".join(str(i) for i in self._process._identity)
        self._process.daemon = True
        self._process.start()

    def shutdown(self):
        if self._process is not None and self._process.is_alive():
            self._requests.put(None)
            self._process.join(timeout=1.0)
            if self._process.is_alive():
                self._process.terminate()
                self._process.join()

    def join(self, timeout=None):
        if self._process is not None:
            self._process.join(timeout)

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *exc):
        self.shutdown()

    def _create(self, typeid, *args, **kwds):
        if self._process is None:
            raise ValueError("Unrecognized State: manager not started")
        ident = _call(self._requests, "create", 0, typeid, args, kwds)
        return _PROXY_TYPES.get(typeid, BaseProxy)(self._requests, ident, typeid)


_reply_queues = {}


def _call(requests, op, ident, name, args=(), kwds={}):
    """Sends one request and waits for its answer on this process's and thread's reply queue."""
    key = (os.getpid(), threading.get_ident())
    reply = _reply_queues.get(key)
    if reply is None:
        reply = _reply_queues[key] = SimpleQueue()
    requests.put((reply, op, ident, name, args, kwds))
    ok, result = reply.get()
    if not ok:
        raise result
    return result


class BaseProxy:
    """Stands for an object in the manager's server process."""

    def __init__(self, requests, ident, typeid):
        object.__setattr__(self, "_requests", requests)
        object.__setattr__(self, "_ident", ident)
        object.__setattr__(self, "_typeid", typeid)

    def _callmethod(self, name, args=(), kwds={}):
        return _call(self._requests, "call", self._ident, name, args, kwds)

    def __repr__(self):
        return f"<{type(self).__name__} object, typeid {self._typeid!r} at {hex(id(self))}>"

    def __str__(self):
        return self._callmethod("__repr__")


def _forward(*names):
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


_CONTAINER = ("__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__")


class DictProxy(BaseProxy):
    locals().update(_forward(*_CONTAINER, "clear", "copy", "get", "items", "keys", "pop", "popitem",
                             "setdefault", "update", "values"))

    def __iter__(self):
        return iter(self._callmethod("keys"))


class ListProxy(BaseProxy):
    locals().update(_forward(*_CONTAINER, "append", "count", "extend", "index", "insert", "pop", "remove",
                             "reverse", "sort", "__mul__", "__rmul__", "__add__"))

    def __iter__(self):
        return iter(self._callmethod("__getitem__", (slice(None),)))

    def __iadd__(self, other):
        self._callmethod("extend", (other,))
        return self

    def __imul__(self, n):
        self._callmethod("__imul__", (n,))
        return self


class NamespaceProxy(BaseProxy):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return _call(self._requests, "getattr", self._ident, name)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            return object.__setattr__(self, name, value)
        _call(self._requests, "setattr", self._ident, name, (value,))

    def __delattr__(self, name):
        if name.startswith("_"):
            return object.__delattr__(self, name)
        _call(self._requests, "delattr", self._ident, name)


class ValueProxy(BaseProxy):
    locals().update(_forward("get", "set"))

    @property
    def value(self):
        return self._callmethod("get")

    @value.setter
    def value(self, value):
        self._callmethod("set", (value,))


class AcquirerProxy(BaseProxy):
    locals().update(_forward("acquire", "release", "locked"))

    def __enter__(self):
        return self._callmethod("acquire")

    def __exit__(self, *args):
        return self._callmethod("release")


class ConditionProxy(AcquirerProxy):
    locals().update(_forward("wait", "notify", "notify_all", "wait_for"))


class EventProxy(BaseProxy):
    locals().update(_forward("is_set", "set", "clear", "wait"))


class BarrierProxy(BaseProxy):
    locals().update(_forward("wait", "abort", "reset"))


class QueueProxy(BaseProxy):
    locals().update(_forward("put", "get", "put_nowait", "get_nowait", "qsize", "empty", "full",
                             "task_done", "join"))


_PROXY_TYPES = {
    "dict": DictProxy, "list": ListProxy, "Array": ListProxy, "Namespace": NamespaceProxy, "Value": ValueProxy,
    "Queue": QueueProxy, "JoinableQueue": QueueProxy, "LifoQueue": QueueProxy, "PriorityQueue": QueueProxy,
    "Lock": AcquirerProxy, "RLock": AcquirerProxy, "Semaphore": AcquirerProxy, "BoundedSemaphore": AcquirerProxy,
    "Condition": ConditionProxy, "Event": EventProxy, "Barrier": BarrierProxy,
}


class SyncManager(BaseManager):
    def dict(self, *args, **kwds):
        return self._create("dict", *args, **kwds)

    def list(self, *args):
        return self._create("list", *args)

    def Namespace(self, **kwds):
        return self._create("Namespace", **kwds)

    def Value(self, typecode, value, lock=True):
        return self._create("Value", typecode, value)

    def Array(self, typecode, sequence, lock=True):
        return self._create("Array", typecode, sequence)

    def Queue(self, maxsize=0):
        return self._create("Queue", maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create("JoinableQueue", maxsize)

    def LifoQueue(self, maxsize=0):
        return self._create("LifoQueue", maxsize)

    def PriorityQueue(self, maxsize=0):
        return self._create("PriorityQueue", maxsize)

    def Lock(self):
        return self._create("Lock")

    def RLock(self):
        return self._create("RLock")

    def Semaphore(self, value=1):
        return self._create("Semaphore", value)

    def BoundedSemaphore(self, value=1):
        return self._create("BoundedSemaphore", value)

    def Condition(self, lock=None):
        return self._create("Condition")

    def Event(self):
        return self._create("Event")

    def Barrier(self, parties, action=None, timeout=None):
        return self._create("Barrier", parties, action, timeout)
