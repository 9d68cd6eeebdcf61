# Truthiness at one site: exact lists, tuples and dicts, None and floats inline; subclasses
# with __bool__ or __len__, and everything else, by the generic path - before and after the
# inline paths were compiled.

class Falsy(list):
    def __bool__(self):
        return False


class Sized(dict):
    def __len__(self):
        return 0


class Counted(tuple):
    def __len__(self):
        return 5


class Plain:
    pass


class Broken:
    def __bool__(self):
        return "yes"


def truth(x):
    try:
        return "yes" if x else "no"
    except TypeError as e:
        return f"TypeError: {e}"


def drain(queue):
    n = 0
    while queue:
        queue.pop()
        n += 1
    return n


for i in range(3000):  # hot enough to be compiled on exact containers first
    truth([i]); truth(()); truth({i: i}); truth(None); truth(i * 0.5)
print(drain(list(range(5000))))

values = [[], [0], (), (None,), {}, {0: 0}, None, 0.0, -0.0, 1e-300, float("nan"), 0, 7, "", "x", True, False,
          Falsy([1, 2]), Falsy(), Sized({1: 2}), Counted(()), Plain(), set(), {0}, frozenset(), range(0), range(3),
          b"", b"a", bytearray(), 10 ** 30, -(10 ** 30), Ellipsis, Broken()]
for v in values:
    print(type(v).__name__, truth(v))
print(drain([1, 2, 3]), drain(Falsy([1, 2])), [v for v in values[:10] if v])
print(bool([]), bool([0]), any([[], (), {}]), all([[1], (1,), {1: 1}]), [] or "default", (1,) and "second")
