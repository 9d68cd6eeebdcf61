# Instance __dict__s share their keys between the instances of a class until one of them
# does something a shared key list cannot express; every such step must keep the dict exact.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def read_all(objs):
    return [(o.x, o.y) for o in objs]


pts = [Point(i, i * 10) for i in range(6)]
print(read_all(pts))
print(pts[0].__dict__, vars(pts[5]))

# the same class, attributes set in another order: another key order, same values
q = Point.__new__(Point)
q.y = 1
q.x = 2
print(q.__dict__, list(q.__dict__), q.total())
print(read_all(pts + [q]))

# extra attributes on one instance only
pts[1].extra = "e"
pts[2].z = 3
pts[2].extra = "f"
print(pts[1].__dict__, pts[2].__dict__, pts[3].__dict__)
print([getattr(p, "extra", None) for p in pts])

# deleting an attribute, then adding it back (it goes last, as in CPython)
del pts[3].x
print(pts[3].__dict__, hasattr(pts[3], "x"))
try:
    pts[3].x
except AttributeError as e:
    print("AttributeError:", e)
pts[3].x = 33
print(pts[3].__dict__, pts[3].total())
print(read_all(pts))

# the dict API on an instance dict
d = pts[4].__dict__
d["w"] = 4
print(pts[4].w, "w" in d, len(d), list(d.items()))
print(d.pop("w"), d, hasattr(pts[4], "w"))
print(d.setdefault("v", 5), pts[4].v, d.get("missing", "dflt"))
print(d.popitem(), d)
d.update({"x": -4, "k": "kk"})
print(pts[4].x, pts[4].k, d)
d.clear()
print(d, hasattr(pts[4], "x"))
pts[4].y = 44
pts[4].x = 4
print(d, pts[4].total())

# keys that are not str, and a str subclass
d5 = pts[5].__dict__
d5[7] = "seven"
print(d5, pts[5].total())


# a key object that hashes and compares like the name "x"
class LikeX:
    def __hash__(self):
        return hash("x")

    def __eq__(self, other):
        return other == "x"


fresh = Point(8, 9)
print(fresh.__dict__[LikeX()], LikeX() in fresh.__dict__)

# copies are independent; the originals keep their own values
c = dict(fresh.__dict__)
c2 = fresh.__dict__.copy()
c["x"] = "c"
c2["y"] = "c2"
fresh.x = 80
print(c, c2, fresh.__dict__)

import copy

cp = copy.copy(fresh)
cp.x = "copied"
print(fresh.x, cp.x, cp.__dict__ is not fresh.__dict__)


# many attributes: beyond what a shared key list holds
class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, f"a{i}", i)


for n in (5, 29, 30, 31, 45):
    w = Wide(n)
    keys = list(w.__dict__)
    print(n, len(keys), keys[:2], keys[-2:], sum(w.__dict__.values()), getattr(w, f"a{n - 1}"))
w = Wide(40)
del w.a3
print(len(w.__dict__), "a3" in w.__dict__, w.a39)

# replacing __dict__ altogether
r = Point(1, 2)
r.__dict__ = {"x": 100, "y": 200, "q": "Q"}
print(r.total(), r.q, r.__dict__)
r.__dict__ = {}
r.x = 5
r.y = 6
print(r.total(), r.__dict__)

# equality, iteration, and reads at one site across instances of many layouts
objs = []
for i in range(8):
    o = Point.__new__(Point)
    names = ["x", "y", "p", "q"][: 2 + i % 3]
    if i % 2:
        names.reverse()
    for nm in names:
        setattr(o, nm, i)
    objs.append(o)
print([o.total() for o in objs])
print([sorted(o.__dict__) for o in objs])
print(Point(1, 2).__dict__ == Point(1, 2).__dict__, Point(1, 2).__dict__ == {"y": 2, "x": 1})
for k, v in Point(3, 4).__dict__.items():
    print(k, v)

# changing a dict while iterating over it is still detected
it_obj = Point(1, 2)
try:
    for k in it_obj.__dict__:
        it_obj.z = 3
except RuntimeError as e:
    print("RuntimeError:", e)


# instances of subclasses and of classes with __slots__-less bases
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = [Point3(i, i, i) for i in range(3)]
print([p.__dict__ for p in p3], [p.total() + p.z for p in p3])

# __dict__ must be a dict, and may be one of a subclass
try:
    r.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


class AttrDict(dict):
    pass


r.__dict__ = AttrDict(x=7, y=8)
print(r.total(), type(r.__dict__).__name__, r.__dict__)


# the same sites hot (compiled under CompiledProgramsTest) while layouts change under them
class Acc:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def step(self):
        self.a = self.a + 1
        return self.a + self.b


def churn(objs, rounds):
    total = 0
    for _ in range(rounds):
        for o in objs:
            total += o.step()
            if hasattr(o, "c"):
                total += o.c
    return total


accs = [Acc(i, 2 * i) for i in range(10)]
print(churn(accs, 300))
accs[3].c = 1000                     # one instance moves to a longer layout
del accs[4].b                        # one leaves the shared layouts
accs[4].b = -1
accs[5].__dict__ = {"b": 5, "a": 0}  # one gets a dict of its own
odd = Acc.__new__(Acc)               # one has its keys in another order
odd.b = 1
odd.a = 1
accs.append(odd)
print(churn(accs, 300))
accs[4].__dict__.clear()
accs[4].a = accs[4].b = 0
for i in range(40):
    setattr(accs[6], f"extra{i}", i)  # beyond the shared layouts' size
print(churn(accs, 300), [sorted(o.__dict__)[:3] for o in accs])
