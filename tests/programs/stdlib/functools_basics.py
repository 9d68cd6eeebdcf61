import functools
from functools import partial, reduce, wraps

def trace(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

@trace
def add(a, b):
    """Adds two numbers."""
    return a + b

add(2, 3)
print(add.__name__, add.__doc__, add.__wrapped__.__name__)
print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
power_of_two = partial(pow, 2)
print(power_of_two(10), partial(int, base=2)("1010"), partial(partial(max, 1), 5)(3))
p = partial(print, "a", sep="|")
p("b", "c")
print(functools.__name__, type(functools).__name__)
