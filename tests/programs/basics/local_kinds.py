# Locals that change what they hold: ints, floats, big ints, other objects, deletion.
# (gilpy stores int-only and float-only locals unboxed; these must still behave alike.)


def widen(n):
    x = 0
    for i in range(n):
        x += i          # int
    print("int", x)
    x = x * 2 ** 70     # big int in the same local
    print("big", x)
    x = x / 3           # float
    print("float", x)
    x = "now a str"
    print("str", x)
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 1.5
    x += 1              # float then int arithmetic
    return x


print(widen(10))
print(widen(3))


def mixed_loop():
    total = 0
    values = [1, 2.5, 3, True, 10 ** 20, -4]
    for v in values:     # the loop variable takes every kind in turn
        total = total + v
    return total, v


print(mixed_loop())


def seen_by_locals():
    a = 7
    b = 2.0
    c = [a, b]
    return sorted(locals().items())


print(seen_by_locals())


def gen(n):
    i = 0
    f = 0.5
    while i < n:
        yield i, f      # typed locals survive suspension
        i += 1
        f *= 2
    i = "done"
    yield i, f


print(list(gen(4)))


def closure():
    k = 3
    def inner():
        return k * 2
    k = 4.5
    return inner()


print(closure())


def loop_overflow():
    x = 1
    for _ in range(100):
        x *= 3          # leaves the long range part-way through the loop
    return x


print(loop_overflow())


def unbound_before_assignment(flag):
    if flag:
        y = 5
    return y


print(unbound_before_assignment(True))
try:
    unbound_before_assignment(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
