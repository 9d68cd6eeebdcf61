"""asyncio workloads that run unchanged under CPython and gilpy (used by bench/asyncio.sh).

    tasks ROUNDS      10,000 tasks each awaiting sleep(0.01), gathered; one line per round
    pipeline ROUNDS   a 1,000,000-item async-for pipeline over two async generators
Each round prints its wall time in seconds; the first rounds include gilpy's JIT warm-up.
"""
import asyncio
import sys
import time

TASKS = 10_000
ITEMS = 1_000_000


async def sleeper(i):
    await asyncio.sleep(0.01)
    return i


async def many_tasks():
    results = await asyncio.gather(*(sleeper(i) for i in range(TASKS)))
    assert results == list(range(TASKS))


async def numbers(n):
    for i in range(n):
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def pipeline():
    total = 0
    async for value in squares(numbers(ITEMS)):
        total += value
    assert total == sum(i * i for i in range(ITEMS))


def main():
    mode, rounds = sys.argv[1], int(sys.argv[2])
    workload = {"tasks": many_tasks, "pipeline": pipeline}[mode]
    for _ in range(rounds):
        start = time.perf_counter()
        asyncio.run(workload())
        print(f"{time.perf_counter() - start:.4f}", flush=True)


main()
