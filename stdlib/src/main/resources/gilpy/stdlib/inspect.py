"""inspect for gilpy: the predicates that concurrency code uses to tell kinds of callables
and objects apart (written for gilpy). Function kinds come from ``__code__.co_flags``.
"""
import types

__all__ = ("CO_GENERATOR", "CO_COROUTINE", "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR",
           "isfunction", "ismethod", "isclass", "isbuiltin", "isroutine", "isgeneratorfunction",
           "iscoroutinefunction", "isasyncgenfunction", "isgenerator", "iscoroutine", "isasyncgen",
           "isawaitable", "markcoroutinefunction", "unwrap")

CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

_is_coroutine_mark = object()


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isclass(obj):
    return isinstance(obj, type)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj)


def _unwrap_partial(func):
    while True:
        if ismethod(func):
            func = func.__func__
        elif type(func).__name__ == "partial" and hasattr(func, "func"):
            func = func.func
        else:
            return func


def _has_code_flag(obj, flag):
    func = _unwrap_partial(obj)
    return isfunction(func) and bool(func.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE) or \
        getattr(_unwrap_partial(obj), "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def markcoroutinefunction(func):
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def unwrap(func):
    while hasattr(func, "__wrapped__"):
        func = func.__wrapped__
    return func
