"""Captures CPython's results of `random` calls for random seeds and arguments, one case per
line as "SEED<TAB>EXPRESSION<TAB>REPR": RandomProperties runs EXPRESSION under gilpy on
random.Random(SEED) (named r) and expects REPR. Regenerate with CPython 3.12:
    python3.12 tests/capture/random_cases.py > tests/src/test/resources/cpython/random_cases.tsv
The cases come from a fixed meta-seed, so the file is reproducible.
"""
import random

meta = random.Random(20261121)


def a_seed():
    kind = meta.randrange(5)
    if kind == 0:
        return meta.randrange(1000)
    if kind == 1:
        return meta.getrandbits(32)
    if kind == 2:
        return -meta.getrandbits(64)
    if kind == 3:
        return meta.getrandbits(meta.randrange(65, 400))
    return meta.getrandbits(meta.randrange(1, 63))


def a_call():
    kind = meta.randrange(12)
    n = meta.randrange(1, 12)
    if kind == 0:
        return f"[r.random() for _ in range({n})]"
    if kind == 1:
        lo = meta.randrange(-10**6, 10**6)
        hi = lo + meta.choice([0, 1, 5, 100, 2**31, 2**70])
        return f"[r.randint({lo}, {hi}) for _ in range({n})]"
    if kind == 2:
        start = meta.randrange(-1000, 1000)
        step = meta.choice([1, 2, 3, 7, -1, -5])
        stop = start + step * meta.randrange(1, 10**5)
        return f"[r.randrange({start}, {stop}, {step}) for _ in range({n})]"
    if kind == 3:
        return f"[r.choice({list(range(meta.randrange(1, 50)))!r}) for _ in range({n})]"
    if kind == 4:
        size = meta.randrange(1, 10)
        weights = [meta.randrange(0, 10) + 1 for _ in range(size)]
        return f"r.choices({list('abcdefghij'[:size])!r}, {weights!r}, k={n})"
    if kind == 5:
        return f"r.choices(range({meta.randrange(1, 10**6)}), k={n})"
    if kind == 6:
        return f"(lambda x: (r.shuffle(x), x)[1])(list(range({meta.randrange(0, 60)})))"
    if kind == 7:
        population = meta.randrange(1, 3000)
        return f"r.sample(range({population}), {meta.randrange(0, min(population, 60) + 1)})"
    if kind == 8:
        lo = meta.uniform(-100, 100)
        return f"[r.uniform({lo!r}, {lo + meta.uniform(0, 50)!r}) for _ in range({n})]"
    if kind == 9:
        return f"[r.gauss({meta.uniform(-5, 5)!r}, {meta.uniform(0.1, 3)!r}) for _ in range({n})]"
    if kind == 10:
        return f"[r.getrandbits({meta.randrange(0, 200)}) for _ in range({n})]"
    return f"(r.random(), r.gauss(), r.randint(0, 9), r.random(), r.gauss(), r.choice('xyz'))"


for _ in range(600):
    seed = a_seed()
    call = a_call()
    r = random.Random(seed)
    print(f"{seed}\t{call}\t{eval(call)!r}")
