# asyncio's loop, futures, tasks and combinators: deterministic behaviour only.
import asyncio
import threading


async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} end")
    return name.upper()


async def ordering():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon 1")
    loop.call_later(0.02, log.append, "later 0.02")
    loop.call_later(0.01, log.append, "later 0.01")
    loop.call_soon(log.append, "soon 2")
    handle = loop.call_soon(log.append, "cancelled")
    handle.cancel()
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    await asyncio.sleep(0.05)
    print(log)
    print(handle.cancelled(), loop.is_running(), loop.is_closed())


async def tasks_and_gather():
    log = []
    t1 = asyncio.create_task(worker("a", 0.02, log))
    t2 = asyncio.create_task(worker("b", 0.01, log), name="bee")
    print(t1.get_name().startswith("Task-"), t2.get_name(), t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    print(log)
    print(await asyncio.gather(worker("c", 0.01, log), worker("d", 0, log)))
    print(await asyncio.gather())


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def errors():
    try:
        await asyncio.gather(boom(0.01, ValueError("first")), boom(0.02, KeyError("second")))
    except ValueError as e:
        print("gather raised", repr(e))
    results = await asyncio.gather(boom(0, ValueError("x")), asyncio.sleep(0, 5), return_exceptions=True)
    print("return_exceptions", [repr(r) for r in results])
    task = asyncio.create_task(boom(0, RuntimeError("in task")))
    await asyncio.sleep(0.01)
    print(task.done(), repr(task.exception()))
    try:
        task.result()
    except RuntimeError as e:
        print("result() raised", e)


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"cancelled with {e.args}")
        raise


async def cancellation():
    log = []
    task = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(task.cancel("stop now"), task.cancelling())
    try:
        await task
    except asyncio.CancelledError as e:
        print("awaiting a cancelled task:", e.args)
    print(task.cancelled(), task.done(), task.cancel(), log)
    try:
        task.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises CancelledError")

    task = asyncio.create_task(sleeper(log))
    task.cancel()  # before it ever ran
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled before its first step; log unchanged:", len(log))


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("w", 0.01, []), timeout=1))
    inner = asyncio.create_task(asyncio.sleep(0.03, "shielded"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except TimeoutError:
        print("shield timed out, inner cancelled?", inner.cancelled())
    print(await inner)


async def waiting():
    log = []
    fast = asyncio.create_task(worker("fast", 0.01, log))
    slow = asyncio.create_task(worker("slow", 0.05, log))
    done, pending = await asyncio.wait({fast, slow}, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait({slow}, timeout=0.001)
    print(len(done), len(pending))
    done, pending = await asyncio.wait({slow})
    print(len(done), len(pending))
    failing = asyncio.create_task(boom(0.01, ValueError("fail")))
    later = asyncio.create_task(asyncio.sleep(0.05))
    done, pending = await asyncio.wait([failing, later], return_when=asyncio.FIRST_EXCEPTION)
    print(done == {failing}, pending == {later})
    await later
    order = []
    for next_done in asyncio.as_completed([worker("x", 0.03, []), worker("y", 0.01, []), worker("z", 0.02, [])]):
        order.append(await next_done)
    print(order)


async def queues():
    q = asyncio.Queue(maxsize=2)
    consumed = []

    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            consumed.append(item)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print(consumed, q.empty(), q.qsize(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    full = asyncio.Queue(1)
    full.put_nowait(1)
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull", full.full())


async def futures_and_threads():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    loop.call_later(0.01, fut.set_result, 42)
    print(await fut, fut.done(), fut.cancelled())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("set_result twice: InvalidStateError")
    seen = []
    fut2 = loop.create_future()
    fut2.add_done_callback(lambda f: seen.append(f.result()))
    fut2.set_result("cb")
    print(seen)
    await asyncio.sleep(0)
    print(seen)
    print(await loop.run_in_executor(None, sum, [1, 2, 3]))

    def from_thread():
        loop.call_soon_threadsafe(fut3.set_result, "from a thread")

    fut3 = loop.create_future()
    threading.Thread(target=from_thread).start()
    print(await fut3)
    print(asyncio.current_task() in asyncio.all_tasks(), asyncio.current_task().get_name().startswith("Task-"))


def outside_a_loop():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.run(42)
    except ValueError as e:
        print("ValueError:", e)

    async def nested():
        coro = asyncio.sleep(0)
        try:
            asyncio.run(coro)
        except RuntimeError as e:
            print("RuntimeError:", e)
        finally:
            coro.close()

    asyncio.run(nested())
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(worker("manual", 0, [])))
    loop.close()
    try:
        loop.call_soon(print)
    except RuntimeError as e:
        print("RuntimeError:", e)


async def main():
    await ordering()
    await tasks_and_gather()
    await errors()
    await cancellation()
    await timeouts()
    await waiting()
    await queues()
    await futures_and_threads()
    return "done"


print(asyncio.run(main()))
outside_a_loop()
