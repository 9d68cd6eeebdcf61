import queue
import threading
import time
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED,
                                FIRST_EXCEPTION, CancelledError, TimeoutError, Future)

q = queue.Queue()
results = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * 2)
        q.task_done()
ts = [threading.Thread(target=worker) for _ in range(3)]
[t.start() for t in ts]
for i in range(20):
    q.put(i)
for _ in ts:
    q.put(None)
q.join()
[t.join() for t in ts]
print(sorted(results) == [i * 2 for i in range(20)], q.empty(), q.qsize())

lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]
pq = queue.PriorityQueue(); [pq.put((p, name)) for p, name in [(3, "c"), (1, "a"), (2, "b")]]
print([lq.get() for _ in range(3)], [pq.get()[1] for _ in range(3)])
bounded = queue.Queue(maxsize=2)
bounded.put(1); bounded.put(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put(3, block=False)
except queue.Full:
    print("Full")
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("Empty")
sq = queue.SimpleQueue(); sq.put("x"); print(sq.get(), sq.empty())

def square(n):
    return n * n
with ThreadPoolExecutor(max_workers=4) as pool:
    print(list(pool.map(square, range(10))))
    futures = [pool.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futures)))
    done, not_done = wait(futures, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))

def boom(x):
    raise ValueError(f"bad {x}")
with ThreadPoolExecutor(2, thread_name_prefix="named") as pool:
    f = pool.submit(boom, 7)
    print(type(f.exception()).__name__, str(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result raised", e)
    names = set(pool.map(lambda _: threading.current_thread().name.split("_")[0], range(4)))
    print(names)
    try:
        list(pool.map(boom, [1, 2]))
    except ValueError as e:
        print("map raised", e)

slow = ThreadPoolExecutor(1)
blocker = slow.submit(time.sleep, 0.2)
queued = slow.submit(square, 3)
print(queued.cancel(), queued.cancelled(), queued.done())
try:
    queued.result()
except CancelledError:
    print("CancelledError")
try:
    blocker.result(timeout=0.01)
except TimeoutError:
    print("TimeoutError")
done, pending = wait([blocker], timeout=5, return_when=FIRST_COMPLETED)
print(len(done), len(pending))
slow.shutdown()
try:
    slow.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)

calls = []
f = Future()
f.add_done_callback(lambda fut: calls.append(fut.result()))
f.set_result(42)
f.add_done_callback(lambda fut: calls.append("late"))
print(calls, f.done(), f.running(), f.result())

with ThreadPoolExecutor(max_workers=2, initializer=lambda: calls.append("init")) as pool:
    pool.submit(square, 2).result()
print(calls.count("init") >= 1)
