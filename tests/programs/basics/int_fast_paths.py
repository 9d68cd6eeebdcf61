# int / int, int ** int and shifts at one site each: inline while the operands and results
# fit, and CPython's results and errors on every way out (overflow, big ints, negative
# exponents and shift counts, zero divisors, operands beyond 2**53), before and after the
# inline path was compiled.

def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


def power(a, b):
    try:
        return a ** b
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


def shifts(a, b):
    try:
        return a << b, a >> b
    except ValueError as e:
        return f"ValueError: {e}"


for i in range(3000):  # hot enough to be compiled on small ints first
    div(i, 7)
    power(i % 10, 3)
    shifts(i, 3)

big = 2 ** 53
for a, b in [(7, 2), (-7, 2), (1, 3), (10, -4), (0, 5), (5, 0), (0, 0), (big, 3), (big + 1, 3), (-big - 1, 7),
             (2 ** 70, 2 ** 68), (10 ** 20, 10 ** 19), (1, big + 1), (True, 2), (3, 2.0), (9007199254740993, 1)]:
    print("div", a, b, repr(div(a, b)))
for a, b in [(2, 10), (-3, 3), (0, 0), (1, 10 ** 18), (-1, 10 ** 18 + 1), (2, 62), (2, 63), (2, 64), (-2, 63),
             (3, 40), (3, 41), (10, 18), (10, 19), (2, -1), (-2, -3), (0, -1), (7, 0), (2, 100), (5, 3)]:
    print("pow", a, b, repr(power(a, b)))
for a, b in [(1, 0), (1, 62), (1, 63), (1, 64), (-1, 63), (-1, 62), (3, 61), (3, 62), (-5, 1), (-5, 3),
             (12345, 100), (-12345, 100), (2 ** 62, 1), (-(2 ** 62), 1), (7, -1), (2 ** 70, 3), (255, 4)]:
    print("shift", a, b, repr(shifts(a, b)))
x = 1
for i in range(70):
    x <<= 1
    x **= 1
print(x, x >> 69, x / 2 ** 60)
