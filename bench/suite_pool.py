"""Pool(2).map against the same work done sequentially, for the benchmark suite:
    python3 bench/suite_pool.py MODE ROUNDS [SCALE]     MODE: pool2 or sequential2
Kept apart from suite_workloads.py because gilpy turns on code sharing (slower calls) for a
program whose text mentions multiprocessing.
"""
import multiprocessing
import sys
import time


def spin(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


def main():
    mode, rounds = sys.argv[1], int(sys.argv[2])
    half = 5_000_000 * (int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    pool = multiprocessing.Pool(2) if mode == "pool2" else None
    for _ in range(rounds):
        start = time.perf_counter()
        if pool is not None:
            assert len(pool.map(spin, [half, half], chunksize=1)) == 2
        else:
            spin(half)
            spin(half)
        print(f"round {time.perf_counter() - start:.6f}", flush=True)
    if pool is not None:
        pool.close()
        pool.join()


if __name__ == "__main__":
    main()
