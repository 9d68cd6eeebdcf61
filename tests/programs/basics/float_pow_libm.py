# x ** y of floats rounds as C's pow() does (CPython calls it), which is not always the
# correctly rounded result: x ** 0.5 differs from math.sqrt(x) in the last bit for about one
# double in a thousand, x ** 2 sometimes from x * x. A long float computation (nbody) drifts
# away from CPython's numbers when a single one of these differs.
import math


def differences(values, exponent, naive):
    found = []
    for x in values:
        if x ** exponent != naive(x):
            found.append(x)
    return found


def spread(count, start, step):
    return [start + k * step for k in range(count)]


values = spread(40000, 1.0, 0.0123456789) + spread(4000, 1e-300, 3.7e-301) + spread(4000, 1e100, 7.1e97)
print(repr(29.423061687237873 ** 0.5), repr(math.sqrt(29.423061687237873)))
for label, exponent, naive in [("0.5", 0.5, math.sqrt), ("2", 2, lambda x: x * x), ("2.0", 2.0, lambda x: x * x),
                               ("-1", -1, lambda x: 1 / x), ("3", 3, lambda x: x * x * x),
                               ("1.5", 1.5, lambda x: x * math.sqrt(x))]:
    found = differences(values, exponent, naive)
    print(label, len(found), [repr(x) for x in found[:4]])
negatives = [-x for x in values[:5000]]
print("negative ** 2", len(differences(negatives, 2, lambda x: x * x)))
# the other ways to the same C function
print(repr(pow(29.423061687237873, 0.5)), repr(math.pow(29.423061687237873, 0.5)))
print(sum(1 for x in values if math.pow(x, 0.5) != x ** 0.5), sum(1 for x in values if pow(x, 2) != x ** 2.0))
# an int with a negative exponent is float ** float
print(repr(3 ** -5), repr(7 ** -1), repr(10 ** -20), repr((2 ** 70) ** -1), repr(123456789 ** -3))
