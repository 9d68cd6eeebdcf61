"""The same CPU-bound job run sequentially, on 2 threads, on 2 processes and on Pool(2).

Threads share one GIL, so two of them take as long as one doing all the work; processes
each have their own GIL (in gilpy: their own interpreter context in the same JVM), so on
two cores they finish in about half the time.
    ./gilpy samples/gil/threads_vs_processes.py 200000000
    python3 samples/gil/threads_vs_processes.py 10000000
The argument is the number of iterations of the whole job (default 4,000,000).
"""
import multiprocessing
import os
import sys
import threading
import time

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 4_000_000


def work(n):
    """Busy integer arithmetic the compiler cannot skip."""
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


def sequential():
    work(TOTAL)


def with_threads():
    workers = [threading.Thread(target=work, args=(TOTAL // 2,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def with_processes():
    workers = [multiprocessing.Process(target=work, args=(TOTAL // 2,)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


def with_pool(pool):
    pool.map(work, [TOTAL // 2] * 2, chunksize=1)


def timed(action, *args):
    start = time.perf_counter()
    action(*args)
    return time.perf_counter() - start


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        runs = {"sequential": sequential, "2 threads": with_threads, "2 processes": with_processes,
                "Pool(2)": lambda: with_pool(pool)}
        for action in runs.values():  # warm-up round (gilpy compiles the loop meanwhile)
            action()
        best = {}
        for _ in range(3):  # interleaved rounds, best of three: noise only ever adds time
            for name, action in runs.items():
                t = timed(action)
                best[name] = min(best.get(name, t), t)
    print(f"cores: {os.cpu_count()}, work: {TOTAL:,} iterations")
    for name, t in best.items():
        print(f"{name:12s} {t:7.3f} s   speed-up {best['sequential'] / t:4.2f}x")
