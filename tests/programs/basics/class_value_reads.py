# obj.name where the class holds a plain value (a default such as "_state = None"): the
# class value until the instance sets its own - before and after the site was compiled, and
# after the class value is replaced by another value, a function, a property or a descriptor.

class Holder:
    state = None
    count = 0
    names = ("a", "b")


class Later:
    pass


def read(o):
    return o.state


h = Holder()
for i in range(3000):
    r = read(h)
print(r, h.count, h.names)

h.state = "own"
print(read(h), read(Holder()))

Holder.state = "class value changed"
print(read(h), read(Holder()))

Holder.state = lambda self: "now a method"
print(read(Holder())())

Holder.state = property(lambda self: "now a property")
print(read(h), read(Holder()))  # a data descriptor wins over the instance dict

del Holder.state
try:
    read(Holder())
except AttributeError as e:
    print("AttributeError:", e)

Holder.state = Later()
print(type(read(Holder())).__name__)
Later.__get__ = lambda self, obj, owner: "descriptor after the fact"
print(read(Holder()))

Holder.state = staticmethod(len)
print(read(Holder())("four"))
Holder.state = classmethod(lambda cls: cls.__name__)
print(read(Holder())())
