# Attribute reads and writes through a call site that has seen the class before must
# notice every later change to the class, its bases, or the instance.

class Base:
    kind = "base"

    def greet(self):
        return "Base.greet"


class Child(Base):
    pass


def read_kind(obj):
    return obj.kind


def call_greet(obj):
    return obj.greet()


def set_value(obj, v):
    obj.value = v


c = Child()
results = []
for step in range(6):
    if step == 1:
        Base.kind = "changed on base"
    elif step == 2:
        Child.kind = "shadowed in child"
    elif step == 3:
        del Child.kind
    elif step == 4:
        c.kind = "on the instance"
    elif step == 5:
        del c.kind
    results.append(read_kind(c))
print(results)

results = []
for step in range(5):
    if step == 1:
        Base.greet = lambda self: "patched Base.greet"
    elif step == 2:
        Child.greet = lambda self: "Child.greet"
    elif step == 3:
        c.greet = lambda: "instance greet"
    elif step == 4:
        del c.greet
    results.append(call_greet(c))
print(results)


# a property added after the call site is warm intercepts both reads and writes
class Box:
    pass


b = Box()
log = []
for step in range(4):
    if step == 2:
        Box.value = property(lambda self: "from property", lambda self, v: log.append(("set", v)))
    set_value(b, step)
    log.append(b.value)
print(log)


# __setattr__ and __getattribute__ defined later
class Watched:
    pass


w = Watched()
writes = []
for step in range(3):
    if step == 1:
        Watched.__setattr__ = lambda self, name, v: writes.append((name, v))
    set_value(w, step)
print(writes, w.__dict__)

reads = []
for step in range(3):
    if step == 1:
        Watched.__getattribute__ = lambda self, name: "intercepted " + name
    reads.append(read_kind(w) if step else "none yet")
print(reads)


# changing an instance's class
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


x = A()
whos = []
for step in range(4):
    if step == 2:
        x.__class__ = B
    whos.append(x.who())
print(whos)


# a class attribute used as a counter changes on every step, and reads stay right
class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return self.count


k = Counter()
print([k.bump() for _ in range(20)][-3:])


# bases replaced after the fact
class P:
    def origin(self):
        return "P"


class Q:
    def origin(self):
        return "Q"


class R(P):
    pass


r = R()
origins = []
for step in range(3):
    if step == 1:
        R.__bases__ = (Q,)
    origins.append(r.origin())
print(origins)


# methods of built-in types and modules through the same sites
import math


def describe(obj):
    return obj.__class__.__name__


items = [[], {}, set(), "s", 1, 2.0, math, Base, Child, c]
print([describe(o) for o in items])
print([getattr(o, "__name__", None) for o in (math, Base, len)])


# __getattr__ answers only for names found nowhere else
class Fallback:
    present = "present"

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
print([f.present, f.missing, f.present])
try:
    Base().missing
except AttributeError as e:
    print("AttributeError:", e)


# slots-less instances of subclasses of built-ins keep a dict
class MyList(list):
    pass


m = MyList([1, 2])
m.tag = "tagged"
m.append(3)
print(m, m.tag)


class S(R):
    pass


print([k.__name__ for k in S.__mro__], S().origin())
for bad in ((), (1,), [P]):
    try:
        R.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
