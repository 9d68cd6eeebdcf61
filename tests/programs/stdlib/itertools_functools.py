"""itertools, functools, operator and bisect against CPython."""
import itertools as it, functools, operator, bisect
print(list(it.islice(it.count(5), 3)), list(it.islice(it.count(1, 0.5), 3)), it.count(3), it.count(2, 3), it.repeat("x", 3), list(it.repeat(1, 2)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1])), list(it.chain.from_iterable(["xy", "z"])), list(it.compress("abcd", [1, 0, 1, 0])))
print(list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.pairwise("abcd")), list(it.batched(range(7), 3)))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 1, 6, 2)), list(it.islice([], 3)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [k for k, g in it.groupby([1, 1, 2, 3, 3])])
g = it.groupby([1, 1, 2, 2, 3], key=lambda x: x % 2); a = next(g); b = next(g); print(a[0], list(a[1]), b[0], list(b[1]))
t1, t2 = it.tee([1, 2, 3]); print(list(t1), list(t2))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), len(list(it.permutations(range(4)))), list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 2)), list(it.combinations_with_replacement("ab", 2)), list(it.zip_longest("ab", "xyz", fillvalue="-")))
for bad in [lambda: it.islice("a", -1), lambda: it.permutations("a", -1), lambda: it.tee("a", -1)]:
    try: bad()
    except ValueError as e: print(e)
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)("101"))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print([sq(i) for i in (1, 2, 1, 3, 1, 2)], sq.cache_info()); sq.cache_clear(); print(sq.cache_info())
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info(), fib.__name__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
class C:
    @functools.cached_property
    def big(self):
        print("computing"); return 42
c = C(); print(c.big, c.big, c.__dict__)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(operator.itemgetter(1)("abc"), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), operator.itemgetter(1))
print(bisect.bisect([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2)); l = [1, 3]; bisect.insort(l, 2); print(l)
