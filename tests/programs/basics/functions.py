def greet(name, greeting="Hello", *rest, punct="!", **extra):
    return f"{greeting}, {name}{punct} {rest} {sorted(extra.items())}"

print(greet("Ann"))
print(greet("Bob", "Hi", 1, 2, punct="?", x=1, y=2))
print(greet(greeting="Yo", name="Cy"))

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

c = counter()
print(c(), c(), c(5))

total = 0
def add_global(n):
    global total
    total += n
add_global(3); add_global(4)
print(total)

def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))

def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))

square = lambda x: x * x
print(square(7), (lambda *a, **k: (a, k))(1, 2, z=3))

def deco(fn):
    def wrapper(*args, **kwargs):
        return "<" + str(fn(*args, **kwargs)) + ">"
    return wrapper

@deco
@deco
def value(v):
    return v
print(value(5))

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20))

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

print(greet.__name__, square.__name__, c.__qualname__, callable(c), callable(3))

def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1))

def varargs_sum(*nums):
    return sum(nums)
print(varargs_sum(*[1, 2, 3], 4), varargs_sum())

def f(**kw):
    return kw
print(f(**{"a": 1}, b=2))

def recurse(n):
    return 0 if n == 0 else 1 + recurse(n - 1)
print(recurse(900))

print((lambda: (yy := 10) + yy)())
print([z for z in range(5) if (w := z * 2) > 4], w)
