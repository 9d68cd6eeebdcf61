"""asyncio.TaskGroup (3.11+), written for gilpy.

Structured concurrency: the tasks created in the group are awaited when the
``async with`` block ends. The first task that fails cancels the others and the
task running the block; when everything has finished, the failures are raised
together as one ExceptionGroup (a BaseExceptionGroup if one of them is a
KeyboardInterrupt or SystemExit, which is re-raised on its own instead).
"""
from asyncio import events, tasks
from asyncio.exceptions import CancelledError

__all__ = ("TaskGroup",)


def _is_fatal(exc):
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    def __init__(self):
        self._loop = None
        self._parent = None          # the task running the async with block
        self._tasks = set()          # members not finished yet
        self._errors = []
        self._fatal = None           # a KeyboardInterrupt/SystemExit seen in the group
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._cancelled_parent = False  # we cancelled the parent and owe it an uncancel()
        self._all_done = None        # future the exiting block waits on

    def __repr__(self):
        parts = []
        if self._tasks:
            parts.append(f"tasks={len(self._tasks)}")
        if self._errors:
            parts.append(f"errors={len(self._errors)}")
        if self._aborting:
            parts.append("cancelling")
        elif self._entered:
            parts.append("entered")
        return "<TaskGroup" + "".join(" " + p for p in parts) + ">"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent = tasks.current_task(self._loop)
        if self._parent is None:
            raise RuntimeError(f"TaskGroup {self!r} cannot determine the parent task")
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        # A CancelledError that reaches the block is passed on, unless it is only the
        # cancellation this group requested because a member failed.
        cancellation = exc if et is CancelledError else None
        if self._cancelled_parent and self._parent.uncancel() == 0:
            cancellation = None
        if et is not None and not self._aborting:
            self._abort()  # the block itself failed or is being cancelled
        while self._tasks:
            self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as again:
                if not self._aborting:  # the parent was cancelled from outside while we waited
                    cancellation = again
                    self._abort()
            self._all_done = None
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._errors:
            raise cancellation
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup("unhandled errors in a TaskGroup", errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} has not been entered")
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is finished")
        if self._aborting:
            coro.close()
            raise RuntimeError(f"TaskGroup {self!r} is shutting down")
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._member_done)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _member_done(self, task):
        self._tasks.discard(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error
        if self._parent.done():
            self._loop.call_exception_handler({
                "message": f"Task {task!r} has errored out but its parent task {self._parent} is already completed",
                "exception": error,
                "task": task,
            })
            return
        if not self._aborting and not self._cancelled_parent:
            # The first failure: stop the other members and interrupt the block.
            self._abort()
            self._cancelled_parent = True
            self._parent.cancel()
