# Functions with cell variables (captured by an inner def, a lambda, a comprehension or a
# class body), called often enough to be compiled: the cells must be created fresh on every
# call, shared between the function and its closures, and see later rebindings.


def counter(start):
    count = start

    def bump(step):
        nonlocal count
        count += step
        return count

    bump(1)
    return bump, count


def adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def late_binding(n):
    fns = []
    for i in range(n):
        fns.append(lambda: i * 10)
    i = -1
    return [f() for f in fns]


def scaled(values, factor):
    # the comprehension captures `factor`, so `factor` lives in a cell
    result = [v * factor for v in values]
    factor = factor + 1
    again = [v * factor for v in values]
    return sum(result) + sum(again)


def with_class(tag):
    prefix = tag * 2

    class Labelled:
        label = prefix + "!"

        def describe(self):
            return prefix + ":" + self.label

    return Labelled().describe()


def float_cells(xs):
    total = 0.0

    def add(v):
        nonlocal total
        total += v

    for x in xs:
        add(x * 0.5)
    return total


totals = 0
for round_ in range(3000):
    bump, seen = counter(round_)
    totals += seen + bump(2) + bump(3)
    totals += sum(f(round_) for f in adders(3))
    totals += sum(late_binding(4))
    totals += scaled([1, 2, 3], round_ % 7)
    if round_ % 1000 == 0:
        print(round_, totals, with_class(str(round_ // 1000)), float_cells([1.5, 2.25, round_]))

print("totals", totals)
print(counter(10)[0](5), late_binding(3), scaled([2, 4], 3))
print(with_class("ab"), float_cells([0.1] * 10))
