"""asyncio with CPU-bound work in threads: to_thread and run_in_executor.

Handing CPU-bound work to threads keeps the event loop responsive (a ticker keeps
ticking while the work runs), but with the GIL the threads take turns: two jobs in two
threads take about as long as the same two jobs one after the other. Compare:
    ./gilpy samples/asyncio/mixed.py --time --n=30000000            # GIL on: about 1x
    ./gilpy -X gil=0 samples/asyncio/mixed.py --time --n=30000000   # GIL off: up to 2x on 2 cores
Without --time only the lines that are the same in every run are printed. On gilpy the
timings settle only once the JIT has finished compiling: on a 2-core machine its compiler
threads compete with the workers for the first seconds (bench/gil.sh waits for that).
"""
import asyncio
import concurrent.futures
import sys
import time

GIL_ENABLED = getattr(sys, "_is_gil_enabled", lambda: True)()
SHOW_TIMES = "--time" in sys.argv
N = int(next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--n=")), 3_000_000))


def crunch(n):
    """Integer arithmetic the compiler cannot skip."""
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


async def ticker(stop):
    ticks = 0
    while not stop.is_set():
        await asyncio.sleep(0.01)
        ticks += 1
    return ticks


async def best_of(rounds, job):
    """The shortest of a few runs of job() (a coroutine function), and its last result."""
    best = None
    for _ in range(rounds):
        start = time.perf_counter()
        result = await job()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, result


async def main():
    expected = crunch(N)
    for _ in range(3):  # warm-up: on gilpy the JIT compiles crunch and the thread paths
        crunch(N)
        await asyncio.to_thread(crunch, N)

    async def sequentially():
        return [crunch(N), crunch(N)]

    async def with_to_thread():
        return await asyncio.gather(asyncio.to_thread(crunch, N), asyncio.to_thread(crunch, N))

    loop = asyncio.get_running_loop()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)

    async def with_executor():
        return await asyncio.gather(loop.run_in_executor(pool, crunch, N), loop.run_in_executor(pool, crunch, N))

    stop = asyncio.Event()
    ticks = asyncio.create_task(ticker(stop))
    sequential_time, sequential = await best_of(3, sequentially)
    threads_time, in_threads = await best_of(3, with_to_thread)
    executor_time, in_executor = await best_of(3, with_executor)
    pool.shutdown()
    stop.set()
    ticked = await ticks

    print("results agree:", sequential == in_threads == in_executor == [expected, expected])
    print("the loop kept ticking while the threads worked:", ticked > 0)
    if SHOW_TIMES:
        print(f"GIL {'on' if GIL_ENABLED else 'off'}")
        print(f"sequential       {sequential_time:.3f} s")
        print(f"to_thread x2     {threads_time:.3f} s  speed-up {sequential_time / threads_time:.2f}x")
        print(f"run_in_executor  {executor_time:.3f} s  speed-up {sequential_time / executor_time:.2f}x")


asyncio.run(main())
