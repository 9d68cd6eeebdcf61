# asyncio.TaskGroup: results, the first failure cancelling the rest and the block,
# errors gathered into an ExceptionGroup, outside cancellation, misuse errors.
import asyncio

log = []


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail is not None:
        log.append(f"{name} fails")
        raise fail
    log.append(f"{name} done")
    return name.upper()


async def all_succeed():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.02))
        b = tg.create_task(work("b", 0.01))
        print("inside:", repr(tg).startswith("<TaskGroup"), len(tg._tasks))
    print("results:", a.result(), b.result())


async def one_fails():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 1))
            tg.create_task(work("bad", 0.01, ValueError("boom")))
            tg.create_task(work("slower", 2))
            await asyncio.sleep(5)
            log.append("block went on (wrong)")
    except ExceptionGroup as eg:
        print("caught:", repr(eg), [type(e).__name__ for e in eg.exceptions])
    print("current task cancelling():", asyncio.current_task().cancelling())


async def two_fail_same_step():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, KeyError("x")))
            tg.create_task(work("y", 0, TypeError("y")))  # fails in the same loop iteration as x
    except ExceptionGroup as eg:
        print("both:", repr(eg))


async def body_raises():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("member", 1))
            raise RuntimeError("from the block")
    except ExceptionGroup as eg:
        print("block error:", repr(eg))


async def cancelled_from_outside():
    async def group():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("inner", 1))
            await asyncio.sleep(1)

    task = asyncio.create_task(group())
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outer cancellation propagated, task.cancelled() =", task.cancelled())


async def fatal_member():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("other", 1))
            tg.create_task(work("exit", 0.01, SystemExit(3)))
    except SystemExit as e:
        print("SystemExit re-raised alone:", e.code)


async def misuse():
    tg = asyncio.TaskGroup()
    coro = work("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = work("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()


async def nested_groups():
    try:
        async with asyncio.TaskGroup() as outer:
            async def inner_group():
                async with asyncio.TaskGroup() as inner:
                    inner.create_task(work("deep", 0.01, OSError("deep")))
            outer.create_task(inner_group())
            outer.create_task(work("sibling", 1))
    except ExceptionGroup as eg:
        print("nested:", repr(eg))


for scenario in (all_succeed, one_fails, two_fail_same_step, body_raises, cancelled_from_outside,
                 misuse, nested_groups):
    log.clear()
    print("--", scenario.__name__)
    asyncio.run(scenario())
    print("log:", sorted(log))
# The SystemExit also leaves asyncio.run: the task re-raises it out of the loop.
try:
    asyncio.run(fatal_member())
except SystemExit as e:
    print("left asyncio.run with SystemExit", e.code)
