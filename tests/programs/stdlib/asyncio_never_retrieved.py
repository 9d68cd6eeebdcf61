# A task that fails while nobody awaits it is reported when the program ends, as CPython
# reports it when the task is garbage collected: its repr and the coroutine's traceback.
import asyncio


async def fail():
    raise ValueError("boom")


async def fine():
    return 1


async def failed_but_awaited():
    raise KeyError("seen")


async def main():
    asyncio.create_task(fail())
    ok = asyncio.create_task(fine())
    seen = asyncio.create_task(failed_but_awaited())
    await asyncio.sleep(0.01)
    print(ok.result())
    try:
        await seen
    except KeyError as e:
        print("awaited:", repr(e))


asyncio.run(main())
print("main module done")
