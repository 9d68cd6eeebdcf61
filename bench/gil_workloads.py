"""GIL measurements that run unchanged under CPython and gilpy (used by bench/gil.sh).

    throughput SECONDS   iterations per second of a CPU-bound loop on 1 and 2 threads
    single SECONDS       the 1-thread rate of a program that never starts a second thread
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


def steady(values, tolerance):
    """True when the last three measurements lie within the tolerance of each other."""
    last = values[-3:]
    return len(last) == 3 and min(last) >= (1 - tolerance) * max(last)


def warm_up(*measurements, tolerance=0.10):
    """Repeats 1-second runs of the measurements until each is steady (a JIT has compiled
    the loop, its exit and the thread start-up paths, and finished its later tiers), for
    at most 60 s; prints how long that took. CPython is steady after the first three."""
    start = time.perf_counter()
    history = [[] for _ in measurements]
    while time.perf_counter() - start < 60:
        for values, measure in zip(history, measurements):
            values.append(measure(1.0))
        if all(steady(values, tolerance) for values in history):
            break
    print(f"warm_up_seconds {time.perf_counter() - start:.0f}")


def throughput(seconds):
    warm_up(lambda s: rate(1, s), lambda s: rate(2, s))
    ratios, ones, twos = [], [], []
    for _ in range(7):  # adjacent pairs: a drift in the machine's speed affects both alike
        one, two = rate(1, seconds), rate(2, seconds)
        ones.append(one)
        twos.append(two)
        ratios.append(two / one)
    print(f"one_thread_rate {median(ones):.0f}")
    print(f"two_thread_rate {median(twos):.0f}")
    print(f"two_over_one {median(ratios):.3f}")
    print(f"two_over_one_range {min(ratios):.3f}..{max(ratios):.3f}")


def main_thread_rate(seconds):
    counts = [0]
    start = time.perf_counter()
    spin_until(start + seconds, counts, 0)
    return counts[0] / (time.perf_counter() - start)


def single(seconds):
    warm_up(main_thread_rate)
    print(f"one_thread_rate {median([main_thread_rate(seconds) for _ in range(3)]):.0f}")


def median_delay(interval, samples):
    """The median delay of sleep(0.001) beyond its millisecond, in switch intervals."""
    sys.setswitchinterval(interval)
    delays = []
    for _ in range(samples):
        start = time.perf_counter()
        time.sleep(0.001)
        delays.append(time.perf_counter() - start - 0.001)
    return median(delays) / interval


def latency():
    stop = threading.Event()

    def spin():
        x = 0
        while not stop.is_set():
            x += 1

    competitor = threading.Thread(target=spin)
    competitor.start()
    try:
        # 3%: a wake-up that must share a core with the JIT compiler's threads is late by
        # 0.1-0.2 ms, under 10% of a 1 ms interval but well above the 1-2% steady noise
        warm_up(lambda _: median_delay(0.001, 100), lambda _: median_delay(0.005, 100), tolerance=0.03)
        for interval in (0.001, 0.005):
            print(f"latency_{int(interval * 1000)}ms {median_delay(interval, 300):.3f}")
    finally:
        stop.set()
        competitor.join()


if __name__ == "__main__":
    if sys.argv[1] == "throughput":
        throughput(float(sys.argv[2]) if len(sys.argv) > 2 else 3.0)
    elif sys.argv[1] == "single":
        single(float(sys.argv[2]) if len(sys.argv) > 2 else 3.0)
    else:
        latency()
