"""random: CPython's sequences for seeded generators, the distributions, and the error messages."""
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice("abcdef"))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 10), random.sample(range(10**6), 8))
print(random.choices("abc", k=5), random.choices("abc", [1, 2, 3], k=5))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(10, 2), random.gauss())
print(random.getrandbits(100), random.getrandbits(7), random.randrange(10**30))
random.seed(2**100 + 7); print(random.random())
random.seed(-5); print(random.random())
random.seed(1.5); print(random.random())
r = random.Random(7); s = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(s); print(a == [r.random() for _ in range(3)])
print(random.normalvariate(), random.expovariate(2), random.triangular(0, 10, 3))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 1))
print(random.randbytes(5), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
print(random.sample([1,2,3,4], 2, counts=[1, 2, 3, 4]))
for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 5, 0), lambda: random.choice([]), lambda: random.sample({1, 2}, 1), lambda: random.randrange(1.5)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
rng = random.Random(99)
print([rng.randint(1, 6) for _ in range(10)], rng.choices(range(5), cum_weights=[1, 1, 2, 5, 9], k=6))
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
rng.shuffle(deck); print(deck[:5], rng.sample(deck, 3))
for bad in [lambda: rng.choices("ab", [1], k=1), lambda: rng.choices("ab", [0, 0]), lambda: rng.sample(range(3), 4), lambda: rng.getrandbits(-1), lambda: rng.seed([1])]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
