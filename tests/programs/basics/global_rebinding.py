# Globals and builtins read by hot code, then rebound, deleted or shadowed by every path a
# namespace can change: compiled code that kept a global's value must see the new one.
import builtins
import sys


def helper():
    return "first"


def call_helper(n):
    out = None
    for _ in range(n):
        out = helper()
    return out


def use_len(n):
    total = 0
    for _ in range(n):
        total += len("abc")
    return total


def read_counter(n):
    seen = 0
    for _ in range(n):
        seen += counter
    return seen


def bump(n):
    global counter
    for _ in range(n):
        counter += 1


def maybe_missing():
    try:
        return missing_name
    except NameError as e:
        return str(e)


print(call_helper(3000))
def helper():  # a def rebinding a name that compiled code called
    return "second"
print(call_helper(3000))
globals()["helper"] = lambda: "third"  # through the dict
print(call_helper(3000))
setattr(sys.modules[__name__], "helper", lambda: "fourth")  # through the module
print(call_helper(3000))
exec("helper = lambda: 'fifth'", globals())
print(call_helper(3000))
globals().update(helper=lambda: "sixth")
print(call_helper(3000))

print(use_len(3000))
len = lambda s: 10  # a global shadowing a builtin
print(use_len(3000))
del len
print(use_len(3000))
builtins.len = lambda s: 100  # the builtin itself
print(use_len(3000))
del builtins.len
try:
    use_len(1)
except NameError as e:
    print("NameError:", e)
builtins.len = lambda s: 1000
print(use_len(3))

counter = 1
print(read_counter(3000))
bump(5000)
print(counter, read_counter(3000))
counter = 0
print(read_counter(3000))

for round in range(3):
    print(maybe_missing())
    missing_name = round
    print(maybe_missing())
    del missing_name

for i in range(5000):  # a module-level loop variable, read in the loop
    last = i
print(i, last)
globals().clear  # not called: the test harness still needs its globals
helper = "plain"
print(helper)
