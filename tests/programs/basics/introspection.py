x = 10
exec("y = x * 2")
print(y, eval("x + y"), eval("[i * i for i in range(3)]"), eval(" 1 + 1 "))
namespace = {}
exec("def f(a):\n    return a * 3\nresult = f(4)", namespace)
print(namespace["result"], sorted(k for k in namespace if k != "__builtins__"))
print(eval("a + b", {"a": 1}, {"b": 2}))
local_ns = {"z": 5}
exec("w = z + x", {"x": 1}, local_ns)
print(local_ns["w"], "w" in globals())

def scope_demo(p):
    q = p + 1
    snapshot = locals()
    return sorted(snapshot.items())
print(scope_demo(1))

def uses_globals():
    return "x" in globals() and "uses_globals" in globals()
print(uses_globals())

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(vars(p), p.norm(), [n for n in dir(p) if not n.startswith("_")], "norm" in dir(Point))
print(id(p) == id(p), id(p) != id(Point(3, 4)), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))
print(callable(p.norm), type(p.norm).__name__, p.norm.__self__ is p, p.norm.__func__ is Point.norm)
print(getattr(p, "x"), setattr(p, "x", 6), p.x, hasattr(p, "nope"), delattr(p, "y"), hasattr(p, "y"))
print(type(len).__name__, len.__name__, type(Point).__name__, type(type).__name__, Point.__module__)
print(isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int), issubclass(int, (str, object)))
print(int.__name__, (1).real, (2.5).imag, (7).numerator, (7).denominator, True.real)
try:
    exec("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError:", e)


# id() is unique among live objects (200,000 of them would share some identity hash codes)
class Dot:
    pass


dots = [Dot() for _ in range(200_000)]
print(len({id(d) for d in dots}) == len(dots), id(dots[0]) == id(dots[0]))
