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
# tuple keys: ints (primitive path), ties broken by later elements, different lengths, stability
# with equal keys, reverse; tuples holding other values or subclasses with their own __lt__
pairs = [(r.randint(0, 3), r.randint(-3, 3), i) for i in range(60)]
print([p[2] for p in sorted(pairs, key=lambda p: (p[0], -p[1]))][:30])
print([p[2] for p in sorted(pairs, key=lambda p: (p[0], p[1]), reverse=True)][:30])
print(sorted([(1, 2), (1,), (), (0, 5, 1), (1, 2, -1), (1, 2)]), sorted([(2**70, 1), (1, 2), (-2**70,)]))
print(sorted([(1, 2.5), (1, 2), (0, 'a'), (0, 'Z')]), sorted([(2, 'b'), (1, 'x'), (2, 'a')], reverse=True))
class Backwards(tuple):
    def __lt__(self, other):
        return tuple(self) > tuple(other)
print(sorted([Backwards((1, 2)), Backwards((3, 0)), Backwards((2, 2))]))
print(sorted(range(10), key=lambda v: (v % 3, v // 4)), sorted([(True, 1), (0, 2), (1, 0)]))
