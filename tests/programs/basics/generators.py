def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count_up(5)), sum(count_up(101)))

def squares():
    for x in range(4):
        if x % 2:
            yield x * x
        else:
            yield -x

print(list(squares()))

def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    finally:
        print("echo closing with", received)

g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()

def with_return():
    yield 1
    return 42

g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)

def delegate():
    result = yield from with_return()
    yield result * 2
    yield from range(3)

print(list(delegate()))

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e}"

c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

print(sum(i * i for i in range(10 ** 4)), max(len(w) for w in "a bb ccc".split()))
print(list(x for x in range(10) if x % 3 == 0), sorted((y for y in "hello"), reverse=True))
gen = (n * 2 for n in [1, 2, 3])
print(next(gen), list(gen), list(gen))

def nested_try():
    try:
        yield 1
        try:
            yield 2
            raise KeyError("k")
        except KeyError:
            yield 3
        finally:
            yield 4
    finally:
        yield 5

print(list(nested_try()))

def args_in_expression():
    total = (yield "a") + (yield "b")
    yield total

g = args_in_expression()
print(next(g), g.send(10), g.send(32))

def side_effects():
    log = []
    def mark(x):
        log.append(x)
        return x
    result = [mark(1), (yield), mark(3)]
    yield result, log

g = side_effects()
next(g)
print(g.send(2))

def pep479():
    yield 1
    raise StopIteration("early")

try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e)

def in_with():
    class CM:
        def __enter__(self):
            print("enter")
            return "cm"
        def __exit__(self, *a):
            print("exit", a[0])
    with CM() as cm:
        yield cm
        yield cm + "2"

print(list(in_with()))
g = count_up(3)
print(iter(g) is g, type(g).__name__, next(g), next(g), next(g), next(g, "end"))

def running():
    yield gen_self.gi_running if False else "ok"
gen_self = running()
print(list(gen_self))

def closed_early():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise

g = closed_early()
next(g)
g.close()
print("closed")


# a yield in a while condition resumes in the condition, every time round the loop
def until_stop():
    n = 0
    while (yield n) != "stop":
        n += 1
        print("body", n)


loop = until_stop()
print(next(loop), loop.send("a"), loop.send("b"), loop.send("c"))
try:
    loop.send("stop")
except StopIteration:
    print("stopped")


def drain(items):
    while item := (yield len(items)):
        items.append(item)
    return items


d = drain([])
next(d)
print(d.send("x"), d.send("y"))
try:
    d.send(None)
except StopIteration as stop:
    print(stop.value)
