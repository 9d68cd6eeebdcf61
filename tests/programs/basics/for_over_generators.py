"""for loops over generators in a function: one generator function, several (past the direct-call
cache), then other iterables; break and resume later, exceptions from the body, re-entry."""


def count(n):
    for i in range(n):
        yield i
    return "ignored"


def squares(n):
    for i in range(n):
        yield i * i


def letters(s):
    yield from s


def failing(n):
    yield n
    raise ValueError("boom after %d" % n)


def total(iterable):
    t = []
    for x in iterable:
        t.append(x)
    return t


for _ in range(300):  # hot enough to be compiled with one generator function before the others
    total(count(4))
for _ in range(3):
    print(total(count(4)), total(squares(4)), total(letters("ab")), total(count(0)))
print(total([1, 2]), total(range(3)), total(count(2)), total("xy"), total(squares(3)))

gen = count(6)
for x in gen:
    if x == 2:
        break
print("after break:", total(gen))

try:
    total(failing(7))
except ValueError as e:
    print("raised:", e)


def reenter():
    for x in me:
        yield x


me = reenter()
try:
    total(me)
except ValueError as e:
    print("re-entry:", e)

nested = [(a, b) for a in count(3) for b in letters("xy")]
print(nested, sum(x for x in squares(5)), list(zip(count(3), letters("pq"))))
