# The spawn start method: the child imports the main script as __mp_main__ (its top level runs
# again, the __main__ block does not) and gets the target by name; fork beside it.
import multiprocessing as mp
import os

print("top level runs in", "parent" if mp.parent_process() is None else "child", flush=True)
VALUE = [1]

def work(q, x):
    q.put((x * 2, VALUE, __name__, os.getpid() != os.getppid()))

if __name__ == "__main__":
    VALUE.append(2)  # the spawned child re-imports the module: it sees [1]
    mp.set_start_method("spawn")
    q = mp.Queue()
    p = mp.Process(target=work, args=(q, 21))
    p.start()
    print(q.get(timeout=20))
    p.join()
    print(p.exitcode, mp.get_start_method())
    ctx = mp.get_context("fork")
    p = ctx.Process(target=work, args=(q, 1)); p.start(); print(q.get(timeout=20)); p.join()
