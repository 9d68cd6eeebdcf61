"""match statements: literal, capture, wildcard, value, sequence, mapping, class, or, as patterns and guards."""
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius): self.center, self.radius = center, radius
def describe(obj):
    match obj:
        case 0 | 1 | 2:
            return "small int"
        case -1:
            return "minus one"
        case "hello" | "hi":
            return "greeting"
        case None:
            return "None"
        case True:
            return "True"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"number {num}"
        case str(s):
            return f"string {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x}, {y}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} extra {extra}"
        case {"id": _}:
            return "has id"
        case Point(x=0, y=0):
            return "origin"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px},{py}"
        case Circle(Point(x=cx), r):
            return f"circle at x={cx} r={r}"
        case (a, b, c):
            return f"triple {a} {b} {c}"
        case _:
            return "something else"
tests = [0, 2, -1, "hi", None, True, 500, 7, 2.5, "text", [], [9], [1, 2], [1, 2, 3, 4], (1, 2, 3), {"type": "user", "name": "ann", "age": 3}, {"id": 1, "x": 2}, {"other": 1},
         Point(0, 0), Point(3, 3), Point(1, 2), Circle(Point(5, 6), 2), range(2), b"bytes", {1, 2}]
for t in tests:
    print(repr(t)[:30], "->", describe(t))
def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["pick", "up", *items] if items:
            return f"picking {' and '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
for c in ["go north", "go west", "pick up sword shield", "pick up", "exit"]:
    print(c, "->", command(c))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN]:
    match c:
        case Color.RED:
            print("red!")
        case Color.GREEN:
            print("green!")
def gen(items):
    for item in items:
        match item:
            case int(i):
                yield i * 2
            case str():
                yield from item
            case _:
                continue
print(list(gen([1, "ab", None, 3])))
match = 5; case = 6; print(match + case)
for bad in ["Point(1, 2, 3)", "1"]:
    try:
        match eval(bad) if bad != "1" else Point(1, 2):
            case Point(a, b, c):
                print("never")
            case _:
                print("no")
    except TypeError as e:
        print("TypeError", e)
try:
    match 5:
        case print():
            pass
except TypeError as e:
    print("TypeError", e)
