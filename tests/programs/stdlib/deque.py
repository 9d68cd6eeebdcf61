from collections import deque
d = deque([1, 2, 3])
print(d, len(d), bool(d), bool(deque()))
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft("ab")
print(d, d[0], d[-1], 7 in d, 9 in d, d.count(7))
d.rotate(2); print(d)
d.rotate(-3); print(d)
print(list(d), d.maxlen)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); b.appendleft(-1); print(b)
b.extend(range(5)); print(b)
for name, f in [("pop", lambda: deque().pop()), ("popleft", lambda: deque().popleft()),
                ("index", lambda: deque([1])[5]), ("maxlen", lambda: deque([], -1)),
                ("type", lambda: deque([1])["a"])]:
    try:
        f()
    except Exception as e:
        print(name, type(e).__name__, e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
d.clear(); print(d, len(d))
print(deque("xyz", 0))
print(type(d).__name__, type(d).__module__)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1])
r = deque([1])
r.append(r)
print(r)
class History(deque):
    def last(self):
        return self[-1]
h = History(range(5), maxlen=2)
print(h, h.last(), len(h), isinstance(h, deque))
big = deque(range(100))
big.rotate(1000003)
print(big[0], big[-1], sum(big))
window = deque(maxlen=4)
moving = []
for x in [5, 1, 4, 2, 8, 7, 3]:
    window.append(x)
    moving.append(sum(window) / len(window))
print(moving)
it = iter(deque("ab"))
print(next(it), next(it), next(it, "done"))
print(sorted(deque([3, 1, 2])), list(reversed(list(deque([1, 2, 3])))), [x * 2 for x in deque([1, 2])])

d = deque([1, 2, 3])
for name, f in [("reversed", lambda: list(reversed(d))), ("copy", lambda: d.copy()),
                ("remove", lambda: (d.remove(2), d)), ("reverse", lambda: (d.reverse(), d)),
                ("iadd", lambda: d.__iadd__([9])), ("index", lambda: d.index(9)),
                ("insert", lambda: (d.insert(1, 7), d)), ("remove-missing", lambda: d.remove(42))]:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
d += "xy"
print(d)

for f in [lambda: deque(['a']).remove('b'), lambda: deque(['a']).index('b'), lambda: deque([1,2], 2).insert(0, 5),
          lambda: deque([1,2,3]).index(3, 0, 2)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3]); d.insert(-1, 9); d.insert(10, 8); d.insert(-10, 7); print(d)
class E:
    def __eq__(self, other):
        d.append(0)
        return False
d = deque([E(), 1])
try:
    d.remove(1)
except Exception as e:
    print(type(e).__name__, e)
print(len(d))
