# sum() over generators (the inline loop) and other iterables, with every hand-over to the
# generic sum: overflow past 64 bits, floats (compensated), bools, other types, errors.

def gen(items):
    for x in items:
        yield x


def total(items, *start):
    try:
        return sum(gen(items), *start)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


big = 2 ** 62
for _ in range(300):  # hot enough to be compiled on ints before the other cases arrive
    total([1, 2, 3])
cases = [
    [], [1, 2, 3], [-5, 5, -7], [big, big, big, 1], [big, big, -big, -big], [-big, -big, -big],
    [1, 0.1, 0.2, 0.3], [0.1] * 10, [1e100, 1.0, -1e100], [1, 2.5, 3], [True, True, 2], [2, True, False],
    [1, 2, "x"], [1, None], [10 ** 30, 1], [1.5, 2 ** 70], [float("inf"), 1, -float("inf")],
]
for items in cases:
    print(repr(total(items)))
print(repr(total([1, 2], 10)), repr(total([1, 2], 0.5)), repr(total([[1], [2]], [])), repr(total(["a"], "")))
print(repr(total([(1,), (2,)], ())), repr(total([1, 2], big * 2)))


def failing():
    yield 1
    yield 2
    raise KeyError("midway")


try:
    sum(failing())
except KeyError as e:
    print("KeyError", e)


def reentrant():
    yield 1
    yield sum(me)


me = reentrant()
try:
    print(sum(me))
except ValueError as e:
    print("ValueError", e)

exhausted = gen([1, 2, 3])
print(sum(exhausted), sum(exhausted))
print(sum(x * x for x in range(1000)), sum(x > 500 for x in range(1000)), sum(x / 4 for x in range(10)))
print(sum(i for i in range(10) if i % 3), sum((i for i in range(5)), start=100))
print(sum(range(10)), sum([1, 2, 3]), sum({1: 2, 3: 4}), sum(iter([4, 5])))
for n in (1, 10, 1000):
    print(n, sum(gen(range(n))), sum(gen([big] * n)))
