# A coroutine dropped without being awaited gets CPython's RuntimeWarning at that line
# (once per line, through the warnings module); awaited ones do not.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    asyncio.sleep(0.01)
    work(1)
    print("awaited:", await work(2))
    for i in range(3):
        work(i)


asyncio.run(main())
work(9)
print("done")
