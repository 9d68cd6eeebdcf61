"""dataclasses (fields, defaults, factories, order, frozen, post_init, inheritance, kw_only, asdict/astuple/replace) and copy."""
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError, is_dataclass
import copy
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1); q = Point(1, 0)
print(p, p == q, p != Point(2), Point.__init__.__qualname__, asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(p)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    def __post_init__(self): pass
print(sorted([Version(2), Version(1, 5), Version(1)]), hash(Version(1)) == hash(Version(1)), Version(1) < Version(1, 1))
try: Version(1).major = 3
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
@dataclass
class Inv:
    name: str
    qty: int = 1
    def total(self): return self.qty * 2
    def __post_init__(self): self.name = self.name.upper()
print(Inv("a"), Inv("b", 3).total(), Inv.__hash__, is_dataclass(Inv), is_dataclass(Inv("z")), Inv.__match_args__)
@dataclass
class Child(Inv):
    extra: bool = False
print(Child("c", 2, True), Child.__doc__)
for bad in [lambda: Point(), lambda: Point(1, 2, [], 4), lambda: Point(1, z=3)]:
    try: bad()
    except TypeError as e: print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=3, a=4))
l = [1, [2, 3], {"k": [4]}]; d = copy.deepcopy(l); d[1].append(9); d[2]["k"].append(8); print(l, d, copy.copy(l)[1] is l[1])
class O:
    def __init__(self): self.items = [1]
o = O(); o2 = copy.copy(o); o3 = copy.deepcopy(o); o.items.append(2); print(o2.items, o3.items, type(o3).__name__)
shared = [1]; t = copy.deepcopy([shared, shared]); print(t[0] is t[1], t[0] is shared)
pc = copy.deepcopy(p); pc.tags.append("x"); print(p, pc)
class D:
    x: int
    y: str = "s"
    if True:
        z: "list[int]" = []
    self_attr = 1
print(D.__annotations__, D.y, D.z, hasattr(D, "x"))
a: int = 5
b: float
print(__annotations__, a)
def f():
    c: int = 3
    return c
print(f())
class E(D):
    w: bool
print(E.__annotations__)
