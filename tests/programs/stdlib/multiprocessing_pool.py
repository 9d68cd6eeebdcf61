# Pool: map, starmap, imap, apply(_async) with callbacks, worker exceptions, timeouts,
# initializer, maxtasksperchild, close/join, and a lambda that cannot be pickled.
import multiprocessing as mp
import os
import time

def square(x):
    return x * x

def add(a, b):
    return a + b

def fail(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

def whoami(_):
    return os.getpid()

def init(tag):
    global TAG
    TAG = tag

def tagged(x):
    return f"{TAG}{x}"

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(add, [(1, 2), (3, 4)]))
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5), chunksize=2)))
        print(pool.apply(add, (5, 6)))
        r = pool.apply_async(square, (7,), callback=lambda v: print("callback", v))
        print(r.get(timeout=5), r.ready(), r.successful())
        try:
            pool.map(fail, range(5))
        except ValueError as e:
            print("ValueError", e)
        errs = []
        r = pool.map_async(fail, range(5), error_callback=errs.append)
        r.wait()
        print(r.successful(), errs)
        print(len(set(pool.map(whoami, range(20), chunksize=1))) <= 2)
        try:
            pool.map(lambda x: x, [1])
        except Exception as e:
            print(type(e).__name__)
        slow = pool.apply_async(time.sleep, (1,))
        try:
            slow.get(timeout=0.05)
        except mp.TimeoutError:
            print("TimeoutError")
    with mp.Pool(2, initializer=init, initargs=("t",), maxtasksperchild=2) as pool:
        print(pool.map(tagged, range(6), chunksize=1))
    pool = mp.Pool(processes=2)
    results = [pool.apply_async(square, (i,)) for i in range(4)]
    pool.close()
    pool.join()
    print([r.get() for r in results])
