"""Queues shared between processes (written for gilpy).

A queue lives outside every process; each process (a fork copies the handle) puts
pickle-style copies of its values in and takes copies out.
"""
import queue as _queue
import time

import _gilpy_process

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize if maxsize > 0 else 0
        self._port = _gilpy_process.queue(self._maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not _gilpy_process.send(self._port, obj, timeout):
            raise _queue.Full

    def get(self, block=True, timeout=None):
        self._check_closed()
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        received, value = _gilpy_process.recv(self._port, timeout)
        if not received:
            raise _queue.Empty
        return value

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _gilpy_process.port_state(self._port)[3]

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    def close(self):
        self._closed = True

    def join_thread(self):
        if not self._closed:
            raise AssertionError("Queue.join_thread() called before close()")

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose consumers call task_done(); join() waits until every item put is done."""

    def task_done(self):
        _gilpy_process.task_done(self._port)

    def join(self):
        _gilpy_process.join_tasks(self._port)


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._port = _gilpy_process.queue(0)
        self._closed = False

    def put(self, obj):
        if self._closed:
            raise ValueError("Queue is closed")
        _gilpy_process.send(self._port, obj, None)

    def get(self):
        if self._closed:
            raise ValueError("Queue is closed")
        return _gilpy_process.recv(self._port, None)[1]

    def empty(self):
        return _gilpy_process.port_state(self._port)[3] == 0

    def close(self):
        self._closed = True
