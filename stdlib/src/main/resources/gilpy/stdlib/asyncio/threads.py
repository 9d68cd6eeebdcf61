"""asyncio.to_thread (written for gilpy): run a blocking call in the loop's default executor."""
from asyncio import events

__all__ = ("to_thread",)


async def to_thread(func, /, *args, **kwargs):
    loop = events.get_running_loop()
    return await loop.run_in_executor(None, lambda: func(*args, **kwargs))
