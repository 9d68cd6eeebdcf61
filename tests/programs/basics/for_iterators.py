# One for loop meets iterators of several kinds in turn (gilpy specialises a loop on the
# first kind it sees and must widen correctly), with break, continue and else.


def total(iterable):
    t = 0
    for x in iterable:
        if x == 99:
            break
        if x == 3:
            continue
        t += x
    else:
        return "no break", t
    return "break", t


def gen(n):
    yield from range(n)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


for source in [range(6), range(10, 0, -3), range(0), [1, 2, 3, 99, 5], (4, 3, 2), gen(5), "",
               Countdown(5), {7: "a", 8: "b"}, range(2 ** 62, 2 ** 62 + 3), [2.5, 3, 0.5], range(4)]:
    print(type(source).__name__, total(source))
