# One subscription site meeting lists, tuples, other types, negative and out-of-range
# indexes, in each order: every path of the inline list/tuple reads and list stores.

class MyList(list):
    def __getitem__(self, i):
        return ("mine", list.__getitem__(self, i))

    def __setitem__(self, i, v):
        list.__setitem__(self, i, ("set", v))


class MyTuple(tuple):
    pass


class Indexable:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def get(obj, key):
    try:
        return obj[key]
    except (IndexError, KeyError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def put(obj, key, value):
    try:
        obj[key] = value
        return obj
    except (IndexError, KeyError, TypeError) as e:
        return f"{type(e).__name__}: {e}"


def warm(function, *args):  # hot enough to be compiled before the other kinds arrive
    for _ in range(2000):
        function(*args)


print("reads after lists")
warm(get, [1, 2, 3], 1)
for obj, key in [([10, 20, 30], 0), ([10, 20, 30], -1), ([10, 20, 30], 3), ([10, 20, 30], -4),
                 ((1, 2, 3), 1), ((1, 2, 3), -3), ((1, 2, 3), 5), (MyTuple((7, 8)), 1),
                 (MyList([4, 5]), 0), (MyList([4, 5]), -1), ({"a": 1}, "a"), ({0: "zero"}, 0),
                 ({}, 1), ("abc", 1), ("abc", -1), (range(10), 4), ([1, 2], True),
                 ([1, 2], Indexable(1)), ([1, 2, 3, 4], slice(1, 3)), ((1, 2, 3), slice(None, None, -1)),
                 (b"xyz", 0), (5, 0), ([None, 0], 0), ([10, 20, 30], 2)]:
    print(repr(get(obj, key)))

print("reads after tuples first")
def get2(obj, key):
    try:
        return obj[key]
    except (IndexError, TypeError) as e:
        return f"{type(e).__name__}: {e}"

warm(get2, (1, 2), 1)
for obj, key in [((1, 2), 0), ((1, 2), 2), ([3, 4], 1), ([3, 4], -3), (MyList([1]), 0), ((1, 2), -1)]:
    print(repr(get2(obj, key)))

print("stores")
warm(put, [1, 2, 3], 1, 5)
for obj, key, value in [([1, 2, 3], 0, "a"), ([1, 2, 3], -1, "b"), ([1, 2, 3], 3, "c"), ([1, 2, 3], -4, "d"),
                        (MyList([1, 2]), 1, "e"), ({}, "k", "f"), ((1, 2), 0, "g"), ([1, 2], True, "h"),
                        ([1, 2, 3], slice(0, 2), ["x"]), ([1, 2], Indexable(0), "i"), ([0], 0, None)]:
    print(repr(put(obj, key, value)))

print("augmented")
values = [1.5, 2, "s", [1]]
for i in range(len(values)):
    values[i] += values[i]
print(values)
table = [[0.0] * 3 for _ in range(3)]
for i in range(3):
    for j in range(3):
        table[i][j] += i * 3 + j ** 0.5
        table[-1 - i][j] -= 0.25
print(table)
