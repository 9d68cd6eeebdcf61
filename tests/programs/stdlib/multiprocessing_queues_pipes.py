# Queues and pipes between processes: copies with pickle semantics, EOF, timeouts, bounds,
# pickling errors, JoinableQueue.
import multiprocessing as mp
import queue
import threading

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def producer(q, conn):
    data = {"a": [1, 2.5, "s", None, True], "p": Point(1, 2), "t": (1, (2, 3)), "b": b"xy", "big": 2**100}
    data["self"] = data["a"]
    q.put(data)
    conn.send(["via pipe", Point(3, 4)])
    msg = conn.recv()
    conn.send(msg * 2)
    conn.close()

def echo_until_eof(conn):
    while True:
        try:
            conn.send(conn.recv())
        except EOFError:
            break

if __name__ == "__main__":
    q = mp.Queue()
    parent, child = mp.Pipe()
    p = mp.Process(target=producer, args=(q, child))
    p.start()
    got = q.get(timeout=5)
    print(got, got["self"] is got["a"])
    print(parent.recv())
    parent.send(21)
    print(parent.recv())
    p.join()
    child.close()
    print(parent.poll(0.1))
    try:
        parent.recv()
    except EOFError:
        print("EOFError")
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("Empty")
    b = mp.Queue(maxsize=1)
    b.put(1)
    try:
        b.put(2, timeout=0.05)
    except queue.Full:
        print("Full", b.qsize(), b.full())
    def make_local():
        def local():
            pass
        return local
    for bad in (lambda x: x, make_local(), threading.Lock()):
        try:
            parent.send(bad)
        except Exception as e:
            print(type(e).__name__, str(e).split(" at 0x")[0])
    jq = mp.JoinableQueue()
    for i in range(3):
        jq.put(i)
    def worker(jq):
        while True:
            item = jq.get()
            jq.task_done()
            if item == 2:
                break
    w = mp.Process(target=worker, args=(jq,))
    w.start()
    jq.join()
    w.join()
    print("joined", jq.empty())
