# The reprs of tasks and futures: state, name, the coroutine (where it is suspended, or
# where it was defined once done), wait_for and callbacks, as CPython 3.12 prints them.
import asyncio

async def forever():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(forever(), name="sleeper")
    await asyncio.sleep(0)
    print(repr(t))
    f = asyncio.get_running_loop().create_future()
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    t.cancel()
    print(repr(t))
    try:
        await t
    except asyncio.CancelledError:
        print(repr(t))
    g = asyncio.gather(forever())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        pass
    f.set_exception(KeyError("k"))
    print(repr(f))
    f.exception()  # retrieved: nothing is reported at exit

asyncio.run(main())
