# Where a generator resumes: loops, branches and blocks that suspend in their first or a later
# statement, else clauses, break after a resume, a loop left by an exception and run again,
# yields in a for loop's iterable and a while loop's condition, close() and throw() mid-loop.


def blocks():
    yield "first"
    x = 1
    yield "second", x
    x += 1
    if x == 2:
        yield "then-first"
        yield "then-second"
    else:
        yield "not reached"
    yield "last", x


print(list(blocks()))


def for_else(items):
    for i in items:
        if i % 2:
            yield "odd", i
        else:
            yield "even", i
            yield "even again", i
    else:
        yield "else-first"
        yield "else-second"
    yield "after"


print(list(for_else([1, 2, 3])))
print(list(for_else([])))


def break_after_resume():
    for i in range(10):
        yield i
        if i == 2:
            break
    else:
        yield "else must not run"
    yield "done"


print(list(break_after_resume()))


def loop_left_by_exception():
    for attempt in range(3):
        try:
            for i in range(5):
                yield attempt, i
                if i == attempt:
                    raise ValueError(i)
        except ValueError as e:
            yield "caught", attempt, e.args[0]


print(list(loop_left_by_exception()))


def yield_in_iterable():
    for v in (yield "give me items"):
        yield v * 10
    total = 0
    while (yield total) is not None:
        total += 1
    yield "total", total


g = yield_in_iterable()
print(next(g))
print(g.send([1, 2]))
print(next(g))
print(next(g))
print(g.send(1))
print(g.send(1))
print(g.send(None))


def while_else():
    n = 0
    while n < 2:
        yield "body", n
        n += 1
    else:
        yield "else", n
    while True:
        yield "loop"
        if n:
            break
    else:
        yield "not reached"
    yield "end"


print(list(while_else()))


def nested_loops():
    for a in range(3):
        for b in range(a):
            if (a + b) % 2:
                continue
            yield a, b
        else:
            yield "inner else", a


print(list(nested_loops()))


def closable():
    try:
        for i in range(100):
            yield i
    finally:
        print("finally ran at", i)


g = closable()
print(next(g), next(g), next(g))
g.close()
print(list(g))


def throwable():
    for i in range(5):
        try:
            yield i
        except KeyError as e:
            yield "handled", e.args[0]


g = throwable()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(list(g))


def reused_loop():
    # the same for loop started afresh after a run that suspended in it and finished
    for round_ in range(2):
        for i in "ab":
            yield round_, i
        else:
            yield "else", round_


print(list(reused_loop()))


def deep():
    for i in range(2):
        if i:
            for j in range(2):
                while j < 2:
                    if j:
                        yield i, j, "deep"
                    j += 1
        else:
            yield i, "shallow"


print(list(deep()))


def driven():
    g = yield_in_iterable()
    out = [next(g), g.send([1, 2]), next(g), next(g), g.send(1), g.send(1), g.send(None)]
    t = throwable()
    out += [next(t), t.throw(KeyError("k")), next(t), list(t)]
    return out


def everything():
    return [list(blocks()), list(for_else([1, 2, 3])), list(for_else([])), list(break_after_resume()),
            list(loop_left_by_exception()), list(while_else()), list(nested_loops()), list(reused_loop()),
            list(deep()), driven()]


# The same again many times, so that compiled code (CompiledProgramsTest) resumes them too.
expected = everything()
for _ in range(500):
    assert everything() == expected
print(len(expected), "results repeated")
