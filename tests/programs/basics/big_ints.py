# Ints beyond 64 bits: carries and borrows across limbs, the long boundary, mixed
# operands, hashing, formatting and conversions. Repeated loops so that the compiled
# paths run as well.
import math
import sys

ones = 2 ** 128 - 1
print(ones + 1, ones * ones, ones - 2 ** 129, -ones - 1)
print(2 ** 127 + 12345 + (2 ** 127 - 12345), (2 ** 64 - 1) * (2 ** 64 - 1))
print(-2 ** 63, -(2 ** 63) - 1, type(-2 ** 63 + 0).__name__, 9223372036854775807 + 1 - 1)
print(-9223372036854775808, 9223372036854775808, -(-9223372036854775808))
print((2 ** 64) - (2 ** 64), (2 ** 70) * (2 ** 70) // 2 ** 140, 3 ** 90 - 3 ** 90 + 5)
print(True + 2 ** 64, 2 ** 64 * True, 2 ** 64 - False, 2 ** 64 * False, -True * 2 ** 64)
print(abs(-2 ** 100), -(2 ** 100), +(2 ** 100), ~(2 ** 100), 2 ** 100 & (2 ** 100 - 1), 2 ** 100 | 1, 2 ** 100 ^ 2 ** 99)
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7), 10 ** 30 % -7, (10 ** 30) // -(10 ** 25))
print(pow(3, 200, 10 ** 20 + 7), pow(2 ** 100, 3), 2 ** 100 >> 37, 2 ** 100 << 3, (-2 ** 100) >> 99)
print(2 ** 100 / 3, float(2 ** 100), int(1e30), int("-" + "9" * 40), int("ff" * 10, 16), 1e30 == 10 ** 30, 2 ** 53 + 1 == float(2 ** 53 + 1))

# comparisons: PBigInt against PBigInt, Long, float, both signs
values = [2 ** 65, -2 ** 65, 0, 2 ** 64, -2 ** 64, 5, 1e20, -1e20, 2 ** 64 + 0.5, float(2 ** 70)]
print(sorted(values))
print(max(2 ** 65, 2 ** 64), min(-2 ** 65, 3), 2 ** 64 > 2 ** 63, -2 ** 64 < -2 ** 63, 2 ** 64 == 2.0 ** 64)
print([a < b for a, b in [(2 ** 64, 2 ** 65), (-2 ** 65, -2 ** 64), (2 ** 64, 1), (-2 ** 64, 1), (2 ** 64, -1)]])

# hashing: equal values from different computations are one key
d = {}
for k in [2 ** 64, 2 ** 65 // 2, (2 ** 32) ** 2, 2 ** 100, -2 ** 100, 2 ** 61 - 1, 2 ** 122 - 1, -(2 ** 61 - 1) * 2 ** 61]:
    d[k] = d.get(k, 0) + 1
print(len(d), d[2 ** 64], [hash(k) for k in d], hash(2 ** 64) == hash(2.0 ** 64), hash(-2 ** 64))
print(2 ** 64 in {2 ** 64}, 2 ** 64 in {float(2 ** 64)}, {2 ** 64: "x"}[(2 ** 32) * (2 ** 32)])

# formatting and conversions
f = math.factorial(40)
print(f, repr(-f), str(f)[:10], hex(f), oct(-f), bin(2 ** 70), f"{f:,}", f"{f:>60}", f"{f:e}", "%d %x" % (f, f))
print(f.bit_length(), (-f).bit_length(), f.to_bytes(20, "big").hex(), int.from_bytes(b"\xff" * 12, "little"), (2 ** 70).to_bytes(9, "little", signed=True))
print(math.log2(2 ** 1000), math.log2(2 ** 2000), math.log10(10 ** 400), math.log(10 ** 400), math.log(2 ** 3000, 2), math.isqrt(10 ** 41))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 70, 3 ** 40), math.comb(100, 50), math.perm(40, 30), math.prod(range(1, 30)))
print(sum([2 ** 64, -2 ** 64, 3]), round(2 ** 70, -20))
print([1, 2, 3][-2 ** 64:2 ** 64], "ab" * True, bool(2 ** 64), bool(-2 ** 64), 2 ** 64 and 7)
try:
    [0][2 ** 64]
except IndexError as e:
    print("IndexError:", e)
try:
    math.log2(-2 ** 100)
except ValueError as e:
    print("ValueError:", e)

# the commonest big-int loops, often enough to be compiled
total = 0
for _ in range(300):
    p = 1
    for i in range(1, 60):
        p *= i
        p += i
        p -= 2 ** 64
    total += p % 1000003
q = 1
for i in range(1, 1500):
    q = q * (2 ** 64 - i) - i
print(total, p.bit_length(), q.bit_length(), q % 1000003, hash(q))
