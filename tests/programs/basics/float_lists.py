# Float lists: identity, nan, membership and in-place updates, also while hot (compiled).

l = [1.5, 2.5, -0.0, float('nan')]
n = l[3]
print(l, l[2], n in l, l.index(2.5), l.count(1.5))
l[0] += 1
l.append(4.0)
print(l, len(l))
l.append(3)
print(l, type(l[0]), type(l[-1]))
m = [0.0] * 5
m[2] = 7.25
print(m, sum(m), sorted(m, reverse=True), m[1:3], m[::-1])
m.insert(0, 9.0); print(m, m.pop(), m)
p = [1.0, 2.0]; p.extend([3.0]); p.sort(); print(p, p == [1.0, 2.0, 3.0], 2.0 in p)
q = [2.0, 1.0]; q[0] = "x"; print(q)
r = [1.0] + [2.0]; r.reverse(); print(r, r * 2, [x * 2 for x in r])
import copy; print(copy.copy(r), list(r), tuple(r), r[-1] is r[-1])
del r[0]; print(r); r.clear(); print(r); r.append(5.0); print(r)

nan = float("nan")
fl = [nan, 1.0]
d = {nan: "found"}
print(d.get(fl[0]), fl.count(nan), fl.index(nan), fl == [nan, 1.0], {fl[0]} == {nan}, fl[0] is nan)
print([0.1] * 3 == [0.1, 0.1, 0.1], [1.0, 2.0] < [1.0, 3.0], max([2.5, -1.0]), min([2.5, -1.0]))


# hot: the same sites (compiled under CompiledProgramsTest) while lists change strategy
def step(bodies, dt):
    for b in bodies:
        b[0] += dt * b[1]
        b[1] -= dt * b[0]
    return sum(b[0] for b in bodies)


bodies = [[float(i), 0.5] for i in range(4)]
total = 0.0
for r in range(2000):
    total += step(bodies, 0.001)
    if r == 1000:
        bodies[2][1] = 1          # an int: that list leaves the float strategy
        bodies.append([2.0, 0.25])
    if r == 1500:
        bodies[3].append("tag")   # a str at the end, never read by step
print(round(total, 6), [[round(x, 6) if isinstance(x, float) else x for x in b] for b in bodies])
