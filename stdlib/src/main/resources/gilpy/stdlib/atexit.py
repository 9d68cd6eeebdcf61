"""atexit for gilpy (written for gilpy): functions run when the program ends, last registered
first, after the main module has finished and non-daemon threads have been joined."""
import _thread
import sys

__all__ = ("register", "unregister", "_run_exitfuncs", "_clear", "_ncallbacks")

_callbacks = []


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func):
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _clear():
    _callbacks.clear()


def _ncallbacks():
    return len(_callbacks)


def _run_exitfuncs():
    """Called by the interpreter at exit. A failing function is reported and the others still run."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            print(f"Exception ignored in atexit callback: {func!r}", file=sys.stderr)
            sys.stderr.write(_thread._format_exception(exc))
