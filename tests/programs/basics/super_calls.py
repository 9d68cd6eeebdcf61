# super().name(...) at one call site: the method after the defining class in the MRO of the
# instance's class, found once per pair of classes - across subclasses that change the MRO,
# a base method replaced at run time, built-in methods, classmethods, and attributes that are
# not methods at all - before and after the site was compiled.

class Base:
    def greet(self, who):
        return f"Base.greet({who}) on {type(self).__name__}"

    def describe(self):
        return "Base"


class Child(Base):
    def greet(self, who):
        return "Child>" + super().greet(who)

    def describe(self):
        return "Child>" + super().describe()


class Left(Child):
    def describe(self):
        return "Left>" + super().describe()


class Right(Child):
    def describe(self):
        return "Right>" + super().describe()


class Diamond(Left, Right):
    def describe(self):
        return "Diamond>" + super().describe()


class Counter(list):
    def append(self, item):
        super().append(item * 2)  # a built-in method after the class


class Maker:
    @classmethod
    def make(cls):
        return f"Maker.make for {cls.__name__}"


class SubMaker(Maker):
    @classmethod
    def make(cls):
        return "SubMaker>" + super().make()  # super() in a classmethod binds to the class


class WithProperty:
    @property
    def value(self):
        return "property value"

    label = "class label"


class ReadsNonMethods(WithProperty):
    @property
    def value(self):
        return "sub>" + super().value

    def label_via_super(self):
        return super().label

    def missing(self):
        try:
            return super().nothing_here()
        except AttributeError as e:
            return f"AttributeError: {e}"


def describe_all(objects):
    return [o.describe() for o in objects]


def greet_all(objects, who):
    return [o.greet(who) for o in objects]


print(describe_all([Child(), Left(), Right(), Diamond()]))
print(Diamond.__mro__ == (Diamond, Left, Right, Child, Base, object))

# warm the sites with one pair of classes, then bring new ones
for i in range(3000):
    r = Child().greet(i)
print(r)
for i in range(3000):
    r = describe_all([Left(), Diamond()])
print(r)

# the base method replaced while hot: the site must see the new one
def new_greet(self, who):
    return f"replaced greet({who})"


Base.greet = new_greet
print(greet_all([Child(), Left()], "x"))
del Base.greet
try:
    Child().greet("y")
except AttributeError as e:
    print("AttributeError:", e)
Base.greet = lambda self, who: f"lambda greet({who})"
print(Child().greet("z"))

# a method added to an intermediate class after the site was compiled
Child.extra = lambda self: "Child.extra"


class Extra(Child):
    def extra(self):
        return "Extra>" + super().extra()


for i in range(2000):
    r = Extra().extra()
print(r)

c = Counter()
for i in range(2000):
    c.append(i)
print(len(c), c[:3], c[-1])

for i in range(2000):
    r = SubMaker.make()
print(r, SubMaker().make())

o = ReadsNonMethods()
for i in range(2000):
    r = (o.value, o.label_via_super())
print(r)
print(o.missing())

# an instance attribute of the same name does not hide what super() finds
d = Child()
d.describe = lambda: "instance attribute"
print(d.describe(), Child.describe(d))


# super() with a __class__ cell shared by a nested function
class Outer(Base):
    def greet(self, who):
        def inner():
            return super(Outer, self).greet(who)
        return "Outer>" + inner()


print(Outer().greet("nested"))
