"""Process workloads that run unchanged under CPython and gilpy (used by bench/processes.sh).

    pool ROUNDS N        N iterations of CPU-bound work as two halves, sequentially and
                         with Pool(2).map, in ROUNDS interleaved pairs after a warm-up;
                         one line per pair: "sequential_s pool_s"
    startjoin COUNT M    COUNT times: start and join a Process with an empty target, with
                         start method M (fork or spawn); one line per process: milliseconds
"""
import multiprocessing
import sys
import time


def work(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


def empty():
    pass


def pool(rounds, n):
    halves = [n // 2, n // 2]
    with multiprocessing.Pool(2) as p:
        # warm-up: gilpy's JIT compiles the pool's code (which every process shares) and work(),
        # and HotSpot compiles the Graal compiler itself (jargraal): on 2 cores that keeps a
        # core busy for about 30 s, so the timed rounds would share the cores with compilers.
        # Many small maps first, so that the pool's machinery gets hot early.
        for _ in range(400):
            p.map(work, [1000, 1000], chunksize=1)
        warm_up_until = time.perf_counter() + 30
        while time.perf_counter() < warm_up_until:
            p.map(work, halves, chunksize=1)
            list(map(work, halves))
        for _ in range(rounds):
            start = time.perf_counter()
            list(map(work, halves))
            sequential = time.perf_counter() - start
            start = time.perf_counter()
            p.map(work, halves, chunksize=1)
            print(f"{sequential:.4f} {time.perf_counter() - start:.4f}", flush=True)


def startjoin(count, method):
    ctx = multiprocessing.get_context(method)
    for _ in range(count):
        start = time.perf_counter()
        p = ctx.Process(target=empty)
        p.start()
        p.join()
        print(f"{(time.perf_counter() - start) * 1000:.2f}", flush=True)


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "pool":
        pool(int(sys.argv[2]), int(sys.argv[3]))
    else:
        startjoin(int(sys.argv[2]), sys.argv[3])
