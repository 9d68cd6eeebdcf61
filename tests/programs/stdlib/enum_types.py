"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, functional API; metaclass __setattr__/__delattr__."""
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.RED.describe(), isinstance(Color.RED, Color), Color.RED == 1, Color.RED in Color, 2 in Color)
print(f"{Color.RED}", "%s" % Color.BLUE, {Color.RED: "r"}[Color.CRIMSON], Color.__members__.keys() if False else list(Color.__members__), Color)
try: Color(7)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e)
class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK, repr(Status.OK), Status.OK + 1, Status.OK == 200, f"{Status.NOT_FOUND}", sorted([Status.NOT_FOUND, Status.OK]), Status(404))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    LINE = auto()
print(list(Shape), Shape.LINE.value)
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode("w"), Mode.READ.upper())
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm.R & Perm.W), repr(Perm(0)), ~Perm.R)
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, repr(IP.A | IP.B), IP.A | 4 if False else int(IP.B), IP.A + 1)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.mass, Planet.EARTH.value, Planet((6.42e23, 3.39e6)))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class More(Color): PINK = 9
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
print(type(Color.RED), type(Color), Color.RED.__class__.__name__, hash(Color.RED) == hash(Color.CRIMSON))
class Meta(type):
    def __setattr__(cls, n, v):
        print("meta setattr", n)
        super().__setattr__(n, v)

    def __delattr__(cls, n):
        print("meta delattr", n)
        super().__delattr__(n)


class A(metaclass=Meta):
    pass


type.__setattr__(A, "x", 1)
A.y = 2
setattr(A, "z", 3)
del A.z
print(A.__dict__.get("x"), A.y, hasattr(A, "z"), "__init__" in object.__dict__, "append" in list.__dict__)
