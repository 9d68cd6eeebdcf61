# Call sites remember how they bound arguments, how they instantiated a class and which
# comparison method they called; every later change must still give CPython's result.

def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def pair(a, b=2, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)


def call_pair(step):
    # one call site, several argument shapes
    if step % 3 == 0:
        return pair(1, c=3)
    if step % 3 == 1:
        return pair(1, 5, 6, 7, c=3, d=8)
    return pair(1, c=3, z=9)


for step in range(9):
    print(step, call_pair(step))

# defaults and keyword-only defaults change under a site that planned with them
def site():
    return pair(10, c=30)


print(site())
pair.__defaults__ = (20,)
print(site())
pair.__kwdefaults__ = {"d": 40}
print(site())
pair.__defaults__ = ()
show(site)
pair.__kwdefaults__ = {}
pair.__defaults__ = (2,)
show(site)


# one site, different callees with different signatures
def f1(x):
    return ("f1", x)


def f2(x, y=0):
    return ("f2", x, y)


def f3(*args):
    return ("f3", args)


for fn in [f1, f2, f3, f1, f2, f3, len, f1]:
    show(fn, [7])

# binding errors through a site that planned before
def two(a, b):
    return a + b


for args in [(1, 2), (1, 2), (1,), (1, 2, 3), (1, 2)]:
    show(two, *args)
for kwargs in [{"a": 1, "b": 2}, {"a": 1, "b": 2}, {"a": 1}, {"a": 1, "b": 2, "c": 3}]:
    show(two, **kwargs)
show(two, 1, a=2)


def pos_only(a, /, b):
    return (a, b)


show(pos_only, 1, b=2)
show(pos_only, a=1, b=2)


# instantiation: __init__ replaced, a base gaining __new__, __init__ returning a value
class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def make(*args):
    return Point(*args)


for step in range(4):
    if step == 1:
        def init3(self, x, y=0, z=-1):
            self.x, self.y = x * 10, z
        Point.__init__ = init3
    if step == 2:
        def new(cls, *args):
            print("__new__ for", cls.__name__, args)
            return object.__new__(cls)
        Point.__new__ = new
    if step == 3:
        Point.__init__ = lambda self, *args: 42
    show(make, step, step + 1)
show(make)


class Quiet:
    pass


print(type(Quiet()).__name__)
show(Quiet, 1)


# comparisons of two instances of one class
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if self.n < 0:
            return NotImplemented
        return self.n < other.n

    def __gt__(self, other):
        return "reflected __gt__"

    def __eq__(self, other):
        return self.n == other.n


def less(a, b):
    return a < b


vs = [Version(i) for i in (3, 1, 2)]
for a in vs:
    for b in vs:
        print(a.n, b.n, less(a, b), a != b)
print(less(Version(-1), Version(1)))
Version.__lt__ = lambda self, other: "replaced"
print(less(Version(1), Version(2)))
del Version.__lt__
del Version.__gt__
show(less, Version(1), Version(2))
print(sorted([3, 1, 2]) == [1, 2, 3], min(Version(5), Version(4), key=lambda v: v.n).n)


# method calls: shadowed by the instance, replaced on the class, static and class methods,
# callables that are not functions, __getattr__, and lookup before argument evaluation
class Greeter:
    def hello(self, who="world"):
        return f"hello {who} from {type(self).__name__}"

    @staticmethod
    def static(x):
        return ("static", x)

    @classmethod
    def klass(cls, x):
        return (cls.__name__, x)

    convert = int


class Loud(Greeter):
    def hello(self, who="WORLD"):
        return super().hello(who).upper()


def greet(g, *args):
    return g.hello(*args), g.hello(), g.static(1), g.klass(2), g.convert("7")


g = Greeter()
for step in range(6):
    if step == 1:
        g.hello = lambda *a: ("instance attribute", a)
    if step == 2:
        del g.hello
    if step == 3:
        Greeter.hello = lambda self, who="?": "replaced " + who
    if step == 4:
        g = Loud()
    if step == 5:
        g = [1]
        show(lambda: g.append(2) or g)
        break
    print(step, greet(g, "you"))


class Dynamic:
    def __getattr__(self, name):
        return lambda *a: (name, a)


d = Dynamic()
for _ in range(3):
    print(d.anything(1), d.other())


def trace(label):
    print("evaluating", label)
    return label


class Missing:
    pass


try:
    Missing().nothing(trace("argument"))
except AttributeError as e:
    print("AttributeError:", e)
