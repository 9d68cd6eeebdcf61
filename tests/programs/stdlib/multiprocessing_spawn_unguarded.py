# spawn without the __main__ guard: the child fails while importing the main script
# (CPython: "context has already been set"), and the parent sees exit code 1.
import multiprocessing as mp

def work():
    print("work")

mp.set_start_method("spawn")
p = mp.Process(target=work)
p.start()
p.join()
print("exitcode", p.exitcode)
