# Shared between processes: Value and Array (with their locks), Lock, RLock, Event, Condition,
# Barrier (and its timeout), BoundedSemaphore limiting concurrency.
import multiprocessing as mp
import time

def add_many(counter, arr, lock, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1
    with lock:
        arr[0] += 1.5
        arr[1] = arr[1] * 2

def waiter(event, cond, shared, barrier, results):
    event.wait()
    with cond:
        cond.wait_for(lambda: shared.value >= 2)
    index = barrier.wait()
    results.put(("passed", index >= 0))

def sem_user(sem, active, peak):
    with sem:
        with active.get_lock():
            active.value += 1
            if active.value > peak.value:
                peak.value = active.value
        time.sleep(0.05)
        with active.get_lock():
            active.value -= 1

if __name__ == "__main__":
    counter = mp.Value("i", 0)
    arr = mp.Array("d", [1.0, 2.0, 3.0])
    lock = mp.Lock()
    ps = [mp.Process(target=add_many, args=(counter, arr, lock, 500)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(counter.value, arr[:], len(arr), counter)
    c = mp.Value("c", b"x"); print(c.value, mp.Value("b", 300, lock=False).value, mp.RawValue("h", -40000).value)
    chars = mp.Array("c", b"hello"); print(chars.value, chars.raw)
    event, cond, shared = mp.Event(), mp.Condition(), mp.Value("i", 0)
    barrier, results = mp.Barrier(3), mp.Queue()
    ws = [mp.Process(target=waiter, args=(event, cond, shared, barrier, results)) for _ in range(2)]
    for w in ws: w.start()
    time.sleep(0.1)
    print("event set?", event.is_set())
    event.set()
    for i in range(2):
        with cond:
            shared.value += 1
            cond.notify_all()
    print("main barrier index in range", 0 <= barrier.wait(timeout=10) < 3)
    print(sorted(results.get(timeout=10) for _ in range(2)))
    for w in ws: w.join()
    sem, active, peak = mp.BoundedSemaphore(2), mp.Value("i", 0), mp.Value("i", 0)
    us = [mp.Process(target=sem_user, args=(sem, active, peak)) for _ in range(4)]
    for u in us: u.start()
    for u in us: u.join()
    print("peak", peak.value, sem.get_value())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError", e)
    r = mp.RLock()
    with r:
        with r:
            print("rlock reentrant")
    b = mp.Barrier(2, timeout=0.1)
    try:
        b.wait()
    except Exception as e:
        print(type(e).__name__, b.broken)
    e = mp.Event(); print(e.wait(0.05), e.is_set())
