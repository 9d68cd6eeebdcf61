"""sorted()/list.sort: ints (primitive path), int keys (stable), other keys, reverse, big ints, mixed numbers."""
import random
r = random.Random(3)
for n in [0, 1, 2, 5, 9, 17, 100, 1000]:
    xs = [r.randint(-50, 50) for _ in range(n)]
    ys = [(r.randint(0, 5), i) for i in range(n)]
    big = [r.randint(-10**30, 10**30) for _ in range(n)] + xs
    assert sorted(xs) == sorted(xs, key=lambda v: (v,))
    print(n, sorted(xs)[:8], sorted(xs, reverse=True)[:8], [i for _, i in sorted(ys, key=lambda p: p[0])][:10],
          [i for _, i in sorted(ys, key=lambda p: -p[0], reverse=True)][:10], sorted(big)[:3] if big else [])
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True), sorted([3, 1.5, 2, True, 0.0, -1]))
l = [5, 3, 8]; l.sort(reverse=True); print(l, sorted([2**63, -2**63, 0, 2**64]))
