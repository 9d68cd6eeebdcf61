class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def __repr__(self):
        return f"Animal({self.name!r})"

    @property
    def upper(self):
        return self.name.upper()

    @staticmethod
    def static(x):
        return x * 2

    @classmethod
    def create(cls, name):
        return cls(name)


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return super().speak() + " (woof)"


d = Dog("Rex")
a = Animal.create("Generic")
print(d.speak(), a.speak(), d.kind, a.kind, Animal.count, d.upper, Dog.static(4), d.static(5))
print(repr(a), d, isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__bases__, type(d) is Dog, hasattr(d, "name"), getattr(d, "x", None))


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, z):
        return self.x + self.y + z

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __bool__(self):
        return bool(self.x or self.y)


v = Vector(1, 2) + Vector(3, 4)
print(v, v * 2, 3 * v, v == Vector(4, 6), v != Vector(0, 0), len(v), v[0], list(v), 6 in v, v(10), bool(Vector(0, 0)))
print([str(v) for v in sorted([Vector(2, 1), Vector(1, 5)])], {Vector(1, 1), Vector(1, 1)} == {Vector(1, 1)}, max(Vector(1, 2), Vector(0, 9)))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])


class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._c = value


t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)


class Registry:
    items = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.items.append(cls.__name__)


class One(Registry):
    pass


class Two(Registry):
    pass


print(Registry.items)


class Dyn:
    def __getattr__(self, name):
        return "dynamic " + name


print(Dyn().anything, vars(t), t.__dict__, A.__dict__["who"].__name__)


class Counter(dict):
    def __missing__(self, key):
        return 0


cnt = Counter()
cnt["a"] += 1
print(cnt, cnt["zz"], len(cnt))


class Stack(list):
    def peek(self):
        return self[-1]


st = Stack([1, 2, 3])
st.append(4)
print(st, st.peek(), len(st), isinstance(st, list))
print(type(3), type("s"), type(None), type(int), type(Dog), object.__name__)
