import threading
import time

def worker(n, out):
    out.append((threading.current_thread().name, n * n))

out = []
threads = [threading.Thread(target=worker, args=(i, out), name=f"w{i}") for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out), [t.is_alive() for t in threads], threading.current_thread().name)
print(threading.main_thread() is threading.current_thread(), threading.active_count())

unnamed = threading.Thread(target=lambda: None)
print(unnamed.name.startswith("Thread-"), unnamed.name.endswith("(<lambda>)"), unnamed.daemon, unnamed.ident)
unnamed.start(); unnamed.join()
try:
    unnamed.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=print).join()
except RuntimeError as e:
    print("RuntimeError:", e)

class Counter(threading.Thread):
    def __init__(self):
        super().__init__(daemon=True)
        self.total = 0
    def run(self):
        for i in range(1000):
            self.total += i

c = Counter(); c.start(); c.join()
print(c.total, c.daemon, c.is_alive())

lock = threading.Lock()
rlock = threading.RLock()
shared = {"n": 0}
def add(k):
    for _ in range(k):
        with lock:
            shared["n"] += 1
    with rlock:
        with rlock:
            shared[threading.current_thread().name] = True
ts = [threading.Thread(target=add, args=(500,)) for _ in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
print(shared["n"], len(shared), lock.locked(), lock.acquire(False), lock.locked())
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

cond = threading.Condition()
items = []
def consumer(results):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        results.append(sorted(items))
results = []
cons = threading.Thread(target=consumer, args=(results,)); cons.start()
for x in (3, 1, 2):
    with cond:
        items.append(x)
        cond.notify_all()
cons.join()
print(results)

sem = threading.Semaphore(2)
active = {"now": 0, "max": 0}
def limited():
    with sem:
        active["now"] += 1
        active["max"] = max(active["max"], active["now"])
        time.sleep(0.01)
        active["now"] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
[t.start() for t in ts]; [t.join() for t in ts]
print(active["max"] <= 2, active["now"])
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), ev.is_set())
cancelled = threading.Timer(5, print, args=("never",)); cancelled.start(); cancelled.cancel(); cancelled.join()

barrier = threading.Barrier(3, action=lambda: order.append("action"))
order = []
def at_barrier(i):
    barrier.wait()
    order.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(order[0], sorted(order[1:]), barrier.broken)

data = threading.local()
data.x = "main"
seen = []
def use_local(v):
    data.x = v
    time.sleep(0.01)
    seen.append(data.x)
ts = [threading.Thread(target=use_local, args=(v,)) for v in "abc"]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(seen), data.x)
