"""Telling coroutines apart (written for gilpy)."""

__all__ = ("iscoroutine",)


async def _probe():
    pass


_coroutine = _probe()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine


def iscoroutine(obj):
    return isinstance(obj, CoroutineType)
