# ProcessPoolExecutor: submit, map with chunksize, as_completed, worker exceptions, a lambda
# that cannot be pickled, shutdown with cancel_futures, a worker that dies (BrokenProcessPool).
import concurrent.futures as cf
import os
import time

def square(x):
    return x * x

def boom(x):
    raise KeyError(x)

def die(_):
    os._exit(3)

def slow(x):
    time.sleep(0.2)
    return x

if __name__ == "__main__":
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(ex._max_workers)
        futs = [ex.submit(square, i) for i in range(8)]
        print([f.result() for f in futs])
        print(list(ex.map(square, range(10), chunksize=3)))
        print(sorted(f.result() for f in cf.as_completed([ex.submit(square, i) for i in range(5)])))
        f = ex.submit(boom, 7)
        try:
            f.result()
        except KeyError as e:
            print("KeyError", e)
        try:
            ex.submit(lambda: 1).result()
        except Exception as e:
            print(type(e).__name__)
    print(cf.ProcessPoolExecutor()._max_workers == os.cpu_count())
    ex = cf.ProcessPoolExecutor(max_workers=1)
    futs = [ex.submit(slow, i) for i in range(5)]
    ex.shutdown(wait=True, cancel_futures=True)
    # futs[2] races in CPython too (it is cancelled unless the worker took futs[0] off the call
    # queue before shutdown); 3 and 4 are beyond what one worker and its queue can hold
    print([f.cancelled() for f in futs][3:], futs[0].result())
    ex = cf.ProcessPoolExecutor(max_workers=2)
    f = ex.submit(die, 1)
    try:
        f.result(timeout=10)
    except cf.process.BrokenProcessPool as e:
        print("BrokenProcessPool", e)
    try:
        ex.submit(square, 1)
    except cf.process.BrokenProcessPool as e:
        print("broken on submit")
    ex2 = cf.ProcessPoolExecutor(2)
    print(ex2.submit(square, 12).result())
    print("end")
