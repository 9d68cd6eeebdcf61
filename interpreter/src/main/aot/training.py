# The training program for the start-up (AOT) cache: ./gilpy runs it once per build with
# -XX:AOTCacheOutput, and the JVM records the classes it loads and links and their method
# profiles. It touches what most programs touch at start: classes, a loop, a dict, an
# exception, f-strings, a thread. Keep it short and free of output that matters.

import sys, time, threading

class Counter:
    def __init__(self, start=0):
        self.value = start

    def add(self, n):
        self.value += n
        return self

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
squares = [x * x for x in range(100)]
c = Counter()
for x in squares:
    c.add(x)
try:
    {}["missing"]
except KeyError as e:
    message = f"{type(e).__name__}: {e}"
t = threading.Thread(target=work, args=(1000,))
t.start()
t.join()
print(f"{work(10000)} {c.value} {sorted(counts.items())[:2]} {message} {time.time() > 0} {sys.version_info[0]}")
