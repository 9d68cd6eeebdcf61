# pickle: the bytes of protocol 4 (and 5) for the supported types are CPython's, and loads
# rebuilds equal values, shared references, classes and functions by name, exceptions.
import pickle

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

def helper():
    pass

shared = [1, 2]
values = [None, True, False, 0, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**63, 10**30, -10**30,
          1.5, -0.0, 1e300, "", "abc", "é" * 3, "x" * 300, b"", b"bytes", bytearray(b"ba"), (), (1,), (1, 2),
          (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, [3]], {}, {"a": 1}, {"a": 1, "b": [2]}, set(), {1, 2},
          frozenset({3}), Point(1, 2), [Point(1, 2), Point(3, 4)], (shared, shared), len, helper, Point,
          KeyError("k"), ValueError(1, 2), {"k": (1, "s"), 2: frozenset()}]
for v in values:
    data = pickle.dumps(v)
    back = pickle.loads(data)
    ok = back == v or (isinstance(v, BaseException) and type(back) is type(v) and back.args == v.args)
    print(data.hex(), ok)
t = pickle.loads(pickle.dumps((shared, shared)))
print(t[0] is t[1])
print(pickle.loads(pickle.dumps(bytearray(b"x"), protocol=5)), pickle.dumps(1, protocol=5).hex())
for bad in (lambda: 1, ):
    try:
        pickle.dumps(bad)
    except pickle.PicklingError as e:
        print("PicklingError", str(e).split(" at ")[0])
try:
    pickle.loads(b"\x80\x04garbage")
except Exception as e:
    print(type(e).__name__)
