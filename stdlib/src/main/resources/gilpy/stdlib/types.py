"""Names for the built-in types, SimpleNamespace and coroutine (written for gilpy)."""
import sys


def _function():
    pass


async def _coroutine():
    pass


async def _async_generator():
    yield


def _generator():
    yield


class _C:
    def _method(self):
        pass


FunctionType = type(_function)
LambdaType = type(lambda: None)
GeneratorType = type(_generator())
_probe = _coroutine()
CoroutineType = type(_probe)
_probe.close()
AsyncGeneratorType = type(_async_generator())
MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
del _function, _coroutine, _async_generator, _generator, _C, _probe

__all__ = ["FunctionType", "LambdaType", "GeneratorType", "CoroutineType", "AsyncGeneratorType", "MethodType",
           "BuiltinFunctionType", "BuiltinMethodType", "ModuleType", "NoneType", "NotImplementedType",
           "EllipsisType", "SimpleNamespace", "coroutine"]


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{key}={value!r}" for key, value in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


SimpleNamespace.__module__ = "types"


class _AwaitableGenerator:
    """What a function decorated with types.coroutine returns for a generator: awaitable."""

    def __init__(self, generator):
        self._generator = generator

    def __await__(self):
        return self._generator

    def __iter__(self):
        return self._generator

    def __next__(self):
        return next(self._generator)

    def send(self, value):
        return self._generator.send(value)

    def throw(self, *args):
        return self._generator.throw(*args)

    def close(self):
        return self._generator.close()


def coroutine(func):
    """Makes a generator-based function awaitable (for code that mixes yield-based coroutines in)."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, GeneratorType):
            return _AwaitableGenerator(result)
        return result

    for attribute in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, attribute, getattr(func, attribute))
        except AttributeError:
            pass
    wrapped.__wrapped__ = func
    return wrapped
