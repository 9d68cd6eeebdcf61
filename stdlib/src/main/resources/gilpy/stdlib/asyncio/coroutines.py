"""Telling coroutines and coroutine functions apart (written for gilpy)."""
import inspect

__all__ = ("iscoroutine", "iscoroutinefunction")


def iscoroutine(obj):
    return inspect.iscoroutine(obj)


def iscoroutinefunction(func):
    """async def functions (also through methods and functools.partial), and functions marked as such."""
    return inspect.iscoroutinefunction(func)
