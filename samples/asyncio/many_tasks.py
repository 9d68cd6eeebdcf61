"""10,000 asyncio tasks, each sleeping 10 ms, gathered.

All of them sleep at the same time on one thread: the whole run takes
little more than one sleep plus the bookkeeping of 10,000 tasks.
"""
import asyncio
import time

N = 10_000


async def worker(i):
    await asyncio.sleep(0.01)
    return i * 2


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*(worker(i) for i in range(N)))
    elapsed = time.perf_counter() - start
    assert results == [i * 2 for i in range(N)]
    print(f"{len(results)} tasks finished, sum of results = {sum(results)}")
    return elapsed


elapsed = asyncio.run(main())
if __name__ == "__main__" and "--time" in __import__("sys").argv:
    print(f"elapsed: {elapsed:.3f} s")
