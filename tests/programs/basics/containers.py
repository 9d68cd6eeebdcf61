l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0)
print(l, len(l), l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.sort(); print(l); l.reverse(); print(l); l.remove(3); print(l)
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
m = l[:]; m[1:3] = ["x", "y", "z"]; print(m); del m[0]; print(m); del m[::2]; print(m)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2, list(range(5)), list(range(10, 0, -3)), list(reversed([1, 2, 3])))
t = (1, 2, 3)
print(t, t[1:], t + (4,), t * 2, (1,), (), len(t), t.index(2), t.count(3), tuple([4, 5]))
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
d = {"a": 1, "b": 2}
d["c"] = 3; d.update({"d": 4}, e=5)
print(d, d["a"], d.get("z"), d.get("z", 0), list(d.keys()), list(d.values()), list(d.items()), "a" in d, len(d))
print(d.pop("a"), d.setdefault("f", 6), d, d.popitem(), dict(zip("xy", [1, 2])), dict(a=1), {k: v for k, v in [(1, 2)]})
del d["b"]; print(d, {**d, "g": 7}, d | {"h": 8}, dict.fromkeys("ab", 0))
s = {3, 1, 2, 3}
s.add(5); s.discard(9)
print(s, len(s), 2 in s, s | {7}, s & {1, 2, 9}, s - {1}, sorted(s ^ {1, 10}), {1, 2} <= {1, 2, 3}, frozenset([2, 1]))
print(set(), set("abca") == {"a", "b", "c"}, {x % 3 for x in range(10)}, sorted({5, 3, 9}), {1, 2}.union([3], (4,)))
print([x * x for x in range(5) if x % 2 == 0], [(i, j) for i in range(3) for j in range(i)], {x: x * 2 for x in "ab"})
print(list(enumerate("abc", 1)), list(zip([1, 2, 3], "ab")), list(map(lambda v: v + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(any([0, 0, 1]), all([1, 1, 0]), all([]), list(map(pow, [2, 3], [3, 2])), [*range(3), *"ab"], (*[1, 2],))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested == [[1, 2], [3, [4, 5]]], [1, 2] * 0, 5 in range(10), range(0, 10, 2)[2], len(range(3, 100, 7)))
x = [1, 2]; x.append(x); print(x)
print(list("abc"), list({"k": 1}), list((1, 2)), [i for i in "hi"], sum(range(101)), min("hello"), max([1, 5], [2, 0]))
