# range at the edges of 64-bit ints: lengths beyond a long, membership without the length,
# and equal ranges hashing alike (CPython hashes (len, start, step) with None for what
# equality ignores).
print(range(0) == range(5, 5), range(1, 2) == range(1, 5, 10), hash(range(0)) == hash(range(5, 5)),
      hash(range(1, 2)) == hash(range(1, 5, 10)), hash(range(1, 10, 2)) == hash((5, 1, 2)))
print(len({range(0), range(7, 7), range(2, 3), range(2, 3, 5), range(0, 10, 3), range(0, 12, 3)}))
print({range(4, 4): "empty"}[range(9, 1)], {range(3, 4): "one"}[range(3, 5, 7)])
r = range(-2**63, 2**63 - 1)
print(bool(r), 2**62 in r, -2**63 in r, 2**63 - 2 in r, 2**63 - 1 in r, 5 in range(10, 0, -5), 10 in range(10, 0, -5),
      0 in range(10, 0, -5))
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError:", e)
print(hash(r) == hash(range(-2**63, 2**63 - 1)), r == range(-2**63, 2**63 - 1), r == range(-2**63, 2**63 - 2))
print(len(range(0, 2**63 - 1, 2**61)), list(range(2**63 - 3, 2**63 - 1)), list(range(-2**63, -2**63 + 4, 3)))
print(3 in range(-2**63, 2**63 - 1, 3), 2**63 - 2 in range(-2**63 + 1, 2**63 - 1, 2**62), -2**63 + 1 in range(2**63 - 1, -2**63, -2**62))
print(len(range(2**63 - 1, -2**63, -2**62)), list(range(2**63 - 1, -2**63, -2**62)), bool(range(3, 3)), bool(range(3, 2, -1)))
