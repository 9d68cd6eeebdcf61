# One ** site meeting floats (and a float with an int exponent) on the fast path and on each
# of CPython's special cases, before and after the fast path was taken.
inf = float("inf")
nan = float("nan")


def power(a, b):
    try:
        return a ** b
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return f"{type(e).__name__}: {e}"


cases = [(2.0, 0.5), (2.0, 3), (2.5, -2), (10.0, 0.5), (0.0, 0.5), (0.0, 0), (0.0, -1.0), (0.0, -2),
         (1e300, 2.0), (1e300, 2), (2.0, 1000.0), (2.0, 10000.0), (2.0, -10000.0), (-2.0, 2.0), (-2.0, 3),
         (-0.0, 3), (-0.0, 0.5), (inf, 2.0), (inf, -1.0), (-inf, 3), (2.0, inf), (0.5, inf), (2.0, -inf),
         (nan, 0.0), (1.0, nan), (nan, 2.0), (1.0, inf), (1.0, -inf), (-1.0, inf), (-1.0, -inf),
         (-1.0, nan), (3.0, 0.5), (7.0, 2)]
for _ in range(2000):  # hot enough to be compiled before the special cases arrive
    power(2.0, 0.5)
for a, b in cases:
    print(a, b, repr(power(a, b)))
x = 0.0
for i in range(1, 200):
    x += (i * 1.0) ** 0.5 + (i * 0.5) ** 2
print(x)
