# The training program for the start-up (AOT) cache: ./gilpy runs it once per build with
# -XX:AOTCacheOutput, and the JVM records the classes it loads and links. Every class this
# program touches is ready at the next start instead of being loaded from a jar, so it runs
# a little of everything programs commonly do, once: classes and inheritance, ints, floats,
# strings, dicts, comprehensions, generators, closures, exceptions, with, a thread, a thread
# pool, a queue and asyncio. Hot loops are pointless here (method profiles are not recorded,
# see the launcher). Keep it short and free of output that matters.

import sys, time, math, threading, queue, asyncio
from concurrent.futures import ThreadPoolExecutor


class Counter:
    def __init__(self, start=0):
        self.value = start

    def add(self, n):
        self.value += n
        return self

    def __repr__(self):
        return f"Counter({self.value})"


class LoudCounter(Counter):
    def add(self, n):
        return super().add(2 * n)


def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def floats(n):
    x, y = 0.5, 1.5
    for i in range(n):
        x = (x * 1.0001 + 0.3) % 7.0
        y = math.sqrt(x * x + y) ** 0.5 / 1.5
    return round(x + y, 3)


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def make_adder(k):
    def add(x):
        return x + k
    return add


class Resource:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


async def tick(i):
    await asyncio.sleep(0)
    return i * 2


async def gather_ticks():
    return sum(await asyncio.gather(*(tick(i) for i in range(20))))


words = "the quick brown fox jumps over the lazy dog".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
text = " ".join(w.upper() for w in sorted(counts, key=len)).replace("THE", "a").lower()
squares = [x * x for x in range(100)]
odd_set = {x for x in squares if x % 2}
c, loud = Counter(), LoudCounter()
for x in squares:
    c.add(x)
    loud.add(x)
try:
    {}["missing"]
except KeyError as e:
    message = f"{type(e).__name__}: {e}"
try:
    1 / 0
except ZeroDivisionError:
    pass
finally:
    done = True
with Resource():
    add3 = make_adder(3)
pairs = sorted(((i * 7) % 11, str(i)) for i in range(50))
t = threading.Thread(target=work, args=(1000,))
t.start()
t.join()
q = queue.Queue()
q.put(fib(15))
with ThreadPoolExecutor(max_workers=2) as pool:
    pooled = list(pool.map(work, [100, 200]))
ticks = asyncio.run(gather_ticks())
big = math.factorial(50) // 3 ** 20
print(f"{work(10000)} {c!r} {loud.value} {len(odd_set)} {text[:10]} {message} {add3(4)} {pairs[0]}"
      f" {sum(evens(100))} {floats(100)} {q.get()} {pooled} {ticks} {big % 1000} {time.time() > 0}"
      f" {sys.version_info[0]} {done}")
