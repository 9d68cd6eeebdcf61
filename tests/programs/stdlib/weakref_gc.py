"""weakref (ref, WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize) and gc."""
import weakref, gc
class Node:
    def __init__(self, name): self.name = name
    def hello(self): return "hi " + self.name
a = Node("a")
r = weakref.ref(a)
print(r() is a, r().name, isinstance(r, weakref.ref), weakref.ref(a) == r, hash(r) == hash(a), type(r).__name__)
for bad in [1, "s", [1], (1,), {}]:
    try: weakref.ref(bad)
    except TypeError as e: print(e)
d = weakref.WeakValueDictionary(); d["a"] = a; print(d["a"].name, "a" in d, len(d), list(d.keys()), d.get("zz", 5))
k = weakref.WeakKeyDictionary(); k[a] = 1; print(k[a], a in k, len(k), list(k.values()))
s = weakref.WeakSet([a]); print(len(s), a in s, [x.name for x in s])
m = weakref.WeakMethod(a.hello); print(m()())
f = weakref.finalize(a, print, "finalized explicitly"); print(f.alive); f(); print(f.alive); f()
weakref.finalize(a, print, "finalized at exit")
print(repr(r).startswith("<weakref at 0x"), "to 'Node'" in repr(r))
print(gc.collect() >= 0, gc.isenabled())
