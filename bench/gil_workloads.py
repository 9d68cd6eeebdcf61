"""GIL measurements that run unchanged under CPython and gilpy (used by bench/gil.sh).

    throughput SECONDS   iterations per second of a CPU-bound loop on 1 and 2 threads
    latency              median sleep(0.001) wake-up delay, in switch intervals, with one spinner
"""
import sys
import threading
import time


def median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def spin_until(deadline, counts, index):
    n = 0
    acc = 0
    while True:
        for _ in range(1000):
            acc = (acc * 31 + n) % 1_000_003
            n += 1
        if time.perf_counter() >= deadline:
            break
    counts[index] = n


def rate(threads, seconds):
    counts = [0] * threads
    deadline = time.perf_counter() + seconds
    workers = [threading.Thread(target=spin_until, args=(deadline, counts, i)) for i in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(counts) / (time.perf_counter() - start)


def throughput(seconds):
    rate(1, 4.0)  # warm-up: lets a JIT compile the loop (and finish its later tiers)
    rate(2, 2.0)
    ones, twos = [], []
    for _ in range(3):  # interleaved, so that a drift in speed affects both alike
        ones.append(rate(1, seconds))
        twos.append(rate(2, seconds))
    one, two = median(ones), median(twos)
    print(f"one_thread_rate {one:.0f}")
    print(f"two_thread_rate {two:.0f}")
    print(f"two_over_one {two / one:.3f}")


def latency():
    stop = threading.Event()

    def spin():
        x = 0
        while not stop.is_set():
            x += 1

    competitor = threading.Thread(target=spin)
    competitor.start()
    try:
        for interval in (0.001, 0.005):
            sys.setswitchinterval(interval)
            time.sleep(0.2)
            delays = []
            for _ in range(200):
                start = time.perf_counter()
                time.sleep(0.001)
                delays.append(time.perf_counter() - start - 0.001)
            print(f"latency_{int(interval * 1000)}ms {median(delays) / interval:.3f}")
    finally:
        stop.set()
        competitor.join()


if __name__ == "__main__":
    if sys.argv[1] == "throughput":
        throughput(float(sys.argv[2]) if len(sys.argv) > 2 else 3.0)
    else:
        latency()
