"""Which races can you observe under the GIL?

CPython 3.10+ checks whether to switch threads only at loop back-edges, on function entry
and after calls. So `obj.v += 1` is never interrupted in the middle, while in
`obj.v = add1(obj.v)` a switch can happen between reading obj.v and writing it back.
Run with -X gil=0 to see the first race appear too.
"""
import sys
import threading

# sys._is_gil_enabled() exists from CPython 3.13 (and in gilpy); older CPythons always have the GIL
GIL_ENABLED = getattr(sys, "_is_gil_enabled", lambda: True)()

THREADS, N = 4, 200_000


class Counter:
    v = 0


obj = Counter()


def add1(x):
    return x + 1


def augmented():
    for _ in range(N):
        obj.v += 1


def through_call():
    for _ in range(N):
        obj.v = add1(obj.v)


print(f"GIL enabled: {GIL_ENABLED}, switch interval {sys.getswitchinterval() * 1000:.1f} ms")
for work in (augmented, through_call):
    obj.v = 0
    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lost = THREADS * N - obj.v
    print(f"{work.__name__:>12}: {obj.v:>7} of {THREADS * N}, lost updates: {lost}")
