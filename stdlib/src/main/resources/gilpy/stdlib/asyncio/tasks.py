"""Tasks and the functions that combine awaitables (written for gilpy).

A Task drives a coroutine: each step sends into it (or throws into it) until it yields a
Future it waits on (the step continues when that Future is done) or None (sleep(0): the
step continues on the next loop iteration).
"""
import atexit
import sys

from asyncio import events, futures
from asyncio.futures import _copy_state, _set_result_unless_done
from asyncio.coroutines import iscoroutine, _format_coroutine
from asyncio.exceptions import CancelledError

__all__ = ("Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
           "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future",
           "run_coroutine_threadsafe", "current_task", "all_tasks")

_task_counter = [0]  # names Task-1, Task-2, ... as CPython's
_current_tasks = {}   # loop -> the task running a step
_all_tasks = set()    # tasks not done yet


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks) if t._loop is loop and not t.done()}


class Task(futures.Future):
    _log_destroy_pending = True

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            _task_counter[0] += 1
            name = f"Task-{_task_counter[0]}"
        self._name = str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._num_cancels_requested = 0
        self._loop.call_soon(self.__step)
        _all_tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self.cancelling() and not self.done():
            info[0] = "cancelling"
        info.insert(1, f"name={self._name!r}")
        if self._fut_waiter is not None:
            info.insert(2, f"wait_for={self._fut_waiter!r}")
        info.insert(2, f"coro=<{_format_coroutine(self._coro)}>")
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def get_stack(self, *, limit=None):
        return []

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True  # the waiter's callback makes the next step throw CancelledError
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise RuntimeError(f"_step(): already done: {self!r}, {exc!r}")
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            self.__step_run(exc)
        finally:
            _current_tasks.pop(self._loop, None)

    def __step_run(self, exc):
        coro = self._coro
        try:
            result = coro.send(None) if exc is None else coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                super().cancel(msg=self._cancel_message)
            else:
                super().set_result(stop.value)
            _all_tasks.discard(self)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            super().cancel()
            _all_tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            super().set_exception(fatal)
            _all_tasks.discard(self)
            raise
        except BaseException as error:
            super().set_exception(error)
            _all_tasks.discard(self)
        else:
            self.__wait_on(result)

    def __wait_on(self, result):
        blocking = getattr(result, "_asyncio_future_blocking", None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError(f"Task {self!r} got Future {result!r} attached to a different loop")
                self._loop.call_soon(self.__step, error)
            elif not blocking:
                error = RuntimeError(f"yield was used instead of yield from in task {self!r} with {result!r}")
                self._loop.call_soon(self.__step, error)
            elif result is self:
                error = RuntimeError(f"Task cannot await on itself: {self!r}")
                self._loop.call_soon(self.__step, error)
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.task_wakeup)
                self._fut_waiter = result
                if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                    self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self.__step)  # a bare yield: sleep(0)
        else:
            self._loop.call_soon(self.__step, RuntimeError(f"Task got bad yield: {result!r}"))

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


# CPython's task step is C code, so its tracebacks start at the coroutine: so do ours.
sys._gilpy_hide_from_tracebacks(Task._Task__step_run)


def _report_pending():
    """At exit: tasks that never finished, reported as CPython reports them when they are
    garbage collected (asyncio.run cancels its leftovers, so this is about manual loops)."""
    for task in list(_all_tasks):
        if not task.done() and task._log_destroy_pending:
            try:
                task._coro.close()  # as finalizing it would: its finally blocks run, its frame goes
            except BaseException:
                pass
            task._loop.call_exception_handler({"message": "Task was destroyed but it is pending!", "task": task})
    _all_tasks.clear()


atexit.register(_report_pending)


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, "__await__"):
            coro_or_future = _wrap_awaitable(coro_or_future)
        else:
            raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = events.get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


class _SleepZero:
    """Awaiting it yields None once: the task steps again on the next loop iteration."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _SleepZero()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_done, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(futures.Future):
    """gather()'s outer future: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    children = []
    by_argument = {}
    loop = None
    for arg in coros_or_futures:
        if id(arg) in by_argument:
            children.append(by_argument[id(arg)])
            continue
        future = ensure_future(arg, loop=loop)
        if loop is None:
            loop = future.get_loop()
        by_argument[id(arg)] = future
        children.append(future)
    pending = [len(set(map(id, children)))]
    outer = _GatheringFuture(children, loop=loop)

    def child_done(child):
        pending[0] -= 1
        if outer.done():
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            exc = child.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if pending[0] == 0:
            results = []
            for fut in children:
                if fut.cancelled():
                    res = fut._make_cancelled_error()
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for child in set(children):
        child.add_done_callback(child_done)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        _copy_state(inner, outer)

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f"Invalid return_when value: {return_when}")
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    waiter = loop.create_future()
    counter = [len(fs)]
    timeout_handle = loop.call_later(timeout, _set_result_unless_done, waiter, None) if timeout is not None else None

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def wait_for(fut, timeout):
    if timeout is None:
        return await fut
    loop = events.get_running_loop()
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        return await _result_after_timeout(fut)
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _set_result_unless_done, waiter, None)
    fut.add_done_callback(lambda f: _set_result_unless_done(waiter, None))
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.cancel()
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        return await _result_after_timeout(fut)
    finally:
        timeout_handle.cancel()


async def _result_after_timeout(fut):
    """Cancels fut and waits for it: its result if it finished anyway, else TimeoutError."""
    await _cancel_and_wait(fut)
    try:
        return fut.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def _cancel_and_wait(fut):
    loop = events.get_running_loop()
    waiter = loop.create_future()
    fut.add_done_callback(lambda f: _set_result_unless_done(waiter, None))
    fut.cancel()
    await waiter


def as_completed(fs, *, timeout=None):
    if futures.isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    from asyncio.queues import Queue
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    timeout_handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    import concurrent.futures
    future = concurrent.futures.Future()

    def callback():
        try:
            task = ensure_future(coro, loop=loop)

            def copy(t):
                if t.cancelled():
                    future.cancel()
                elif t.exception() is not None:
                    future.set_exception(t.exception())
                else:
                    future.set_result(t.result())

            task.add_done_callback(copy)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future
