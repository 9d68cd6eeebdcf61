x = [1, 2, 3, 4]
del x[0]
del x[-1:]
print(x)
a, b = 1, 2
del a
print("a" in dir(), b)

counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)

def outer():
    val = 1
    def inner():
        nonlocal val
        val *= 10
    inner(); inner()
    return val
print(outer())

for i in range(3):
    if i == 5:
        break
else:
    print("for-else ran")

for i in range(3):
    if i == 1:
        break
else:
    print("not printed")

n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)

while True:
    n -= 1
    if n > 0:
        continue
    break
print("n", n)

try:
    pass
except Exception:
    print("no")
else:
    print("try-else")
finally:
    print("finally")

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)
        return False

with CM("a") as first, CM("b") as second:
    print("inside", first, second)

with (CM("c") as c,
      CM("d")):
    print("parenthesized", c)

def gen_assert(v):
    assert v > 0, f"bad {v}"
    return v
print(gen_assert(3))

import math as m, os.path
from math import sqrt, pi as PI
from os import path as p
print(m.floor(2.5), sqrt(16), round(PI, 3), os.path.basename("/a/b.txt"), p.dirname("/a/b.txt"))

def annotated(a: int, b: "str" = "x") -> bool:
    c: int = 5
    d: list
    return True
print(annotated(1), annotated.__name__)

def uses_match_keyword():
    match = 1
    case = 2
    return match + case
print(uses_match_keyword())

def never_called(command):
    match command.split():
        case [action]:
            return action
        case [action, obj]:
            return f"{action} {obj}"
        case _:
            return "?"
print(callable(never_called))

def slots():
    pass
pass; print("done")
