"""Built-in container method calls in a hot loop: a bounded deque used as a sliding window,
and the same with a list. Run beside CPython: `python3 bench/containers.py` and
`./gilpy bench/containers.py`; later rounds show the warmed-up speed."""
import time
from collections import deque


def window(make, drop):
    d = make()
    for i in range(1000000):
        d.append(i)
        if len(d) > 100:
            drop(d)
    return len(d)


for r in range(4):
    t = time.perf_counter()
    window(deque, deque.popleft)
    t_deque = time.perf_counter() - t
    t = time.perf_counter()
    window(list, list.pop)
    t_list = time.perf_counter() - t
    print(f"round {r}: deque {t_deque:.3f} s, list {t_list:.3f} s")
