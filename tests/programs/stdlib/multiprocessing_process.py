# Process basics: exit codes from return, sys.exit and an uncaught exception, terminate
# and kill of a CPU-bound child, pids, join with a timeout, active_children.
import multiprocessing as mp
import os
import sys
import time

def fail():
    raise ValueError("boom in child")

def leave(code):
    sys.exit(code)

def spin():
    while True:
        pass

def report(q=None):
    print("child pid differs:", os.getpid() != mp.parent_process().pid, "ppid ok:", os.getppid() == mp.parent_process().pid, flush=True)

if __name__ == "__main__":
    p = mp.Process(target=fail, name="Failer")
    p.start(); p.join()
    print("fail exitcode", p.exitcode)
    for code in (0, 3, None, "message"):
        p = mp.Process(target=leave, args=(code,))
        p.start(); p.join()
        print("exit", repr(code), "->", p.exitcode)
    p = mp.Process(target=spin)
    p.start()
    time.sleep(0.3)
    print("alive before terminate", p.is_alive())
    t = time.time()
    p.terminate()
    p.join()
    print("terminated", p.exitcode, "promptly", time.time() - t < 2, p.is_alive())
    print(repr(p).split(" pid=")[0], repr(p).endswith("stopped exitcode=-SIGTERM>"))
    p = mp.Process(target=spin, daemon=True)
    p.start(); p.kill(); p.join()
    print("killed", p.exitcode)
    p = mp.Process(target=report)
    p.start(); p.join(1.0)
    print("active", mp.active_children(), mp.current_process().name, mp.cpu_count() == os.cpu_count())
    p = mp.Process(target=time.sleep, args=(0.5,))
    p.start()
    p.join(0.05)
    print("after short join", p.exitcode, p.is_alive())
    p.join()
    print("after join", p.exitcode)
    print(mp.get_start_method())
