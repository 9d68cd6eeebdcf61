# Private name mangling: __names inside a class body (methods, nested classes, parameters,
# except targets, locals) are the class's own; dunder names and module code are not mangled.
class A:
    __count = 0

    def __init__(self):
        self.__x = "A's"
        A.__count += 1

    def __helper(self, __arg=1):
        return __arg

    def show(self):
        return self.__x, self.__helper(5), A.__count

    class __Inner:
        pass

    def inner_name(self):
        return self.__Inner.__name__, self.__Inner.__qualname__


class B(A):
    def __init__(self):
        super().__init__()
        self.__x = "B's"

    def mine(self):
        return self.__x


b = B()
print(sorted(k for k in vars(b)), b.show(), b.mine(), b._A__x, b._B__x)
print(A._A__helper.__name__, A._A__helper.__qualname__, b.inner_name(), hasattr(A, "__helper"))
try:
    b.__x
except AttributeError as e:
    print("AttributeError:", e)


class _Under:
    def get(self):
        self.__v = 1
        return list(vars(self))


class ___:
    def get(self):
        self.__v = 1
        return list(vars(self))


print(_Under().get(), ___().get())


def outside():
    return __name__


print(outside())


class C:
    def f(self):
        try:
            raise ValueError("v")
        except ValueError as __err:
            return type(__err).__name__

    def g(self):
        __local = 3
        return __local, [k for k in locals()]

    def __dunder__(self):
        return "dunder not mangled"


print(C().f(), C().g(), C().__dunder__())
