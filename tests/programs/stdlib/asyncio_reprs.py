# The reprs of tasks and futures: state, name, the coroutine (where it is suspended, or
# where it was defined once done), wait_for and callbacks, as CPython 3.12 prints them.
import asyncio


def show(obj):
    print(repr(obj).replace(__file__, "FILE"))  # the output must not depend on where the checkout is

async def forever():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(forever(), name="sleeper")
    await asyncio.sleep(0)
    show(t)
    f = asyncio.get_running_loop().create_future()
    show(f)
    f.add_done_callback(print)
    show(f)
    t.cancel()
    show(t)
    try:
        await t
    except asyncio.CancelledError:
        show(t)
    g = asyncio.gather(forever())
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        pass
    f.set_exception(KeyError("k"))
    show(f)
    f.exception()  # retrieved: nothing is reported at exit

asyncio.run(main())
