"""How late does time.sleep(0.001) wake up while CPU-bound threads hold the GIL?

A sleeping thread has to get the GIL back when it wakes: it waits up to the switch
interval, then asks the holder to drop the GIL. With more spinning threads and longer
intervals, the wake-up comes later: the GIL "convoy effect".
"""
import sys
import threading
import time

# sys._is_gil_enabled() exists from CPython 3.13 (and in gilpy); older CPythons always have the GIL
GIL_ENABLED = getattr(sys, "_is_gil_enabled", lambda: True)()

SAMPLES = 100


def spin(stop):
    x = 0
    while not stop.is_set():
        x += 1


def measure():
    delays = []
    for _ in range(SAMPLES):
        start = time.perf_counter()
        time.sleep(0.001)
        delays.append((time.perf_counter() - start - 0.001) * 1000)
    return statistics_median(delays)


def statistics_median(values):
    values = sorted(values)
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


print(f"GIL enabled: {GIL_ENABLED}")
for interval in (0.001, 0.005):
    sys.setswitchinterval(interval)
    for spinners in (0, 1, 2):
        stop = threading.Event()
        threads = [threading.Thread(target=spin, args=(stop,)) for _ in range(spinners)]
        for t in threads:
            t.start()
        time.sleep(0.05)
        late = measure()
        stop.set()
        for t in threads:
            t.join()
        print(f"switch interval {interval * 1000:.0f} ms, {spinners} spinning: median oversleep {late:6.2f} ms")
