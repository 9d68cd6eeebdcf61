# Thread(target=..., args=..., kwargs=...): whatever callable and argument containers the
# target is given, and errors in the call itself reported through threading.excepthook.
import threading

results = []
spins = []  # finished in any order: printed sorted


def hook(args):
    results.append(f"excepthook: {args.exc_type.__name__}: {args.exc_value} in {args.thread.name}")


threading.excepthook = hook


def f(a, b=0, **kw):
    results.append(("f", a, b, sorted(kw.items())))


class Callable:
    def __call__(self, x):
        results.append(("callable object", x))

    def method(self, x, *, y):
        results.append(("bound method", x, y))


class Made:
    def __init__(self, v):
        results.append(("constructed", v))


def spin(n, tag):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    spins.append((tag, acc))


class Mapping:  # what ** accepts: keys() and __getitem__
    def keys(self):
        return ["b", "extra"]

    def __getitem__(self, key):
        return key.upper()


cases = [
    dict(target=f, args=[1], kwargs={"b": 2, "c": 3}),
    dict(target=f, args=(5,)),
    dict(target=f, args=(5,), kwargs={1: 2}),
    dict(target=f),
    dict(target=f, args=(9,), kwargs=Mapping()),
    dict(target=Callable(), args=("x",)),
    dict(target=Callable().method, args=(1,), kwargs={"y": 2}),
    dict(target=Made, args=(7,)),
    dict(target=results.append, args=("a builtin",)),
    dict(target=lambda: 1 / 0),
    dict(target=None),
]
for i, case in enumerate(cases):
    t = threading.Thread(name=f"case-{i}", **case)
    t.start()
    t.join()

# different target functions in turn, each running a loop
for n, tag in ((200_000, "one"), (300_000, "two"), (200_000, "three")):
    workers = [threading.Thread(target=spin, args=(n, f"{tag}-{k}")) for k in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


class Subclass(threading.Thread):
    def run(self):
        results.append(("overridden run", self.name))


t = Subclass(name="sub")
t.start()
t.join()

for r in results:
    print(r)
for s in sorted(spins):
    print(s)
