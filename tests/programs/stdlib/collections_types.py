"""collections: defaultdict, Counter, OrderedDict, ChainMap, namedtuple against CPython."""
from collections import defaultdict, Counter, OrderedDict, ChainMap, namedtuple, deque
d = defaultdict(list); d["a"].append(1); d["b"]; print(d, dict(d), d.copy(), defaultdict(None))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], c.total(), sorted(c.elements()))
c.update({"a": 2}); c.subtract("b"); print(c, c + Counter("zz"), c - Counter("aaaaaaa"), c & Counter("ab"), c | Counter("rrrr"), -Counter(a=-1), +Counter(a=-1, b=2))
print(Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(cats=4, dogs=8))
o = OrderedDict(a=1, b=2, c=3); o.move_to_end("a"); print(o, o.popitem(), o.popitem(last=False), OrderedDict())
o["q"] = 1; o.move_to_end("q", last=False); print(o, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm, cm["a"], cm["b"], len(cm), list(cm), cm.new_child({"z": 0}), cm.parents)
Point = namedtuple("Point", "x y")
p = Point(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, isinstance(p, tuple))
x, y = p; print(x + y, p == (1, 2), hash(p) == hash((1, 2)), repr(Point))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 9]); print(P3(1), P3(1, 2, 3), P3._field_defaults)
try: Point(1)
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: namedtuple("Bad", "x _y")
except ValueError as e: print(e)
print(namedtuple("R", "a def a", rename=True)._fields)
try: Counter.fromkeys("ab")
except NotImplementedError as e: print(e)
words = "the cat and the hat and the bat".split()
counts = defaultdict(int)
for w in words:
    counts[w] += 1
print(counts, Counter(words).most_common(1), max(counts, key=counts.get))
class Tally(Counter):
    pass
print(Tally("aab"), repr(Tally()))
class MyList(list):
    pass
print(MyList([1, 2]), repr(MyList()), str(MyList("ab")))
Job = namedtuple("Job", "priority name")
print(sorted([Job(2, "b"), Job(1, "z"), Job(2, "a")]), Job(1, "x")._asdict())
