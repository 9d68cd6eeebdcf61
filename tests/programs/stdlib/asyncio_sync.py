# asyncio's locks, events, conditions, semaphores, barriers, timeouts and to_thread.
import asyncio
import threading


async def locks():
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0.01)
            order.append(f"{name} out")

    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)
    print(lock.locked(), "[unlocked]" in repr(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("a cancelled acquire leaves the lock to its owner:", lock.locked())
    lock.release()
    print(lock.locked())


async def events():
    event = asyncio.Event()
    seen = []

    async def waiter(i):
        await event.wait()
        seen.append(i)

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(seen, event.is_set())
    event.set()
    await asyncio.gather(*tasks)
    print(sorted(seen), event.is_set(), await event.wait())
    event.clear()
    print(event.is_set())


async def conditions():
    cond = asyncio.Condition()
    items = []
    got = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: items)
            got.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consumer(n)) for n in ("x", "y")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0.01)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*consumers)
    print(sorted(got))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


async def semaphores():
    sem = asyncio.Semaphore(2)
    active = [0]
    peak = [0]

    async def job():
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1

    await asyncio.gather(*(job() for _ in range(6)))
    print("peak", peak[0], sem.locked())
    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


async def barriers():
    barrier = asyncio.Barrier(3)
    indexes = []

    async def party():
        indexes.append(await barrier.wait())

    await asyncio.gather(party(), party(), party())
    print(sorted(indexes), barrier.parties, barrier.n_waiting, barrier.broken)
    stuck = asyncio.create_task(barrier.wait())
    await asyncio.sleep(0)
    print(barrier.n_waiting)
    await barrier.abort()
    try:
        await stuck
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError", barrier.broken)


async def timeouts():
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out; expired:", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("in time; expired:", cm.expired())
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at fired")
    async with asyncio.timeout(None) as cm:
        print("no deadline:", cm.when())
        cm.reschedule(loop.time() + 5)
        print("rescheduled:", cm.when() > loop.time())


async def threads():
    main = threading.get_ident()

    def blocking(a, b=0):
        return a + b, threading.get_ident() != main

    print(await asyncio.to_thread(blocking, 2, b=3))


async def main():
    await locks()
    await events()
    await conditions()
    await semaphores()
    await barriers()
    await timeouts()
    await threads()


asyncio.run(main())
