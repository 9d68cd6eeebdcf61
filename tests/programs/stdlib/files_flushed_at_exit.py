# A file written without close() still has its data once its process has ended, as in
# CPython (where the file object's death flushes it): here a child process writes it.
import multiprocessing
import os

PATH = f"/tmp/gilpy-flush-test-{os.getpid()}.txt"


def writer():
    f = open(PATH, "w")
    f.write("line written by the child, never closed\n")


if __name__ == "__main__":
    p = multiprocessing.Process(target=writer)
    p.start()
    p.join()
    with open(PATH) as f:
        print(f.read(), end="")
    os.remove(PATH)
