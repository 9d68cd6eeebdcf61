"""Telling coroutines and coroutine functions apart (written for gilpy)."""
import inspect

__all__ = ("iscoroutine", "iscoroutinefunction")


def iscoroutine(obj):
    return inspect.iscoroutine(obj)


def iscoroutinefunction(func):
    """async def functions (also through methods and functools.partial), and functions marked as such."""
    return inspect.iscoroutinefunction(func)


def _format_coroutine(coro):
    """How a task's repr shows its coroutine: where it is suspended, or where it was defined once done."""
    name = (getattr(coro, "__qualname__", None) or getattr(coro, "__name__", None) or type(coro).__name__) + "()"
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    if code is None:
        return name
    if frame is not None:
        return f"{name} running at {code.co_filename}:{frame.f_lineno}"
    return f"{name} done, defined at {code.co_filename}:{code.co_firstlineno}"
