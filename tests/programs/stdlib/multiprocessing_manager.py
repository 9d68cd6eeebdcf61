# Manager: a dict, list, Namespace, Queue, Value and Lock in the server process, used from
# four worker processes through proxies.
import multiprocessing as mp

def worker(d, l, ns, q, v, lock, i):
    d[i] = i * i
    l.append(i)
    with lock:
        v.value += 1
    q.put(f"done {i}")
    if i == 0:
        ns.flag = "set by 0"

if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        l = manager.list([100])
        ns = manager.Namespace(x=1)
        q = manager.Queue()
        v = manager.Value("i", 0)
        lock = manager.Lock()
        ps = [mp.Process(target=worker, args=(d, l, ns, q, v, lock, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(d.items()), len(d), 2 in d, d.get(3), dict(d) == {i: i * i for i in range(4)})
        print(sorted(l), len(l), l[0])
        print(ns.x, ns.flag, v.value)
        print(sorted(q.get() for _ in range(4)), q.empty())
        l.sort(); l.reverse(); print(list(l), str(l))
        try:
            d["missing"]
        except KeyError as e:
            print("KeyError", e)
        d.update(a=1); print(d.pop("a"), d.setdefault("b", 5), len(d.keys()), l[1:3])
