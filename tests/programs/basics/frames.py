# sys._getframe: the calling frames' code names, lines and globals, through coroutines too.
import sys


def where(depth=1):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno


def inner():
    return where(), where(2), sys._getframe().f_globals is globals()


def outer():
    return inner()


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)


async def coro():
    return where()


import asyncio
print(asyncio.run(coro()))
