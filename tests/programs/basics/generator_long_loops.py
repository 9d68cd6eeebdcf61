# Loops in generators and coroutines that run long enough to be compiled while they run
# (on-stack replacement), suspending now and then in the body, the condition or the else
# clause, and resuming where they left off.
import asyncio


def every(n, limit):
    total = 0
    i = 0
    while i < limit:
        i += 1
        total += i
        if i % n == 0:
            received = yield total
            if received == "stop":
                break
    else:
        yield ("else", total)
    yield ("end", i)


def nested(limit):
    for i in range(limit):
        for j in range(3):
            if i % 50_000 == 0 and j == 2:
                yield (i, j)
    else:
        yield "exhausted"


def inner(n):
    for i in range(n):
        yield i


def sums_of(source):
    acc = 0
    for x in source:  # a for loop over a generator, in a generator
        acc += x
        if x % 100_000 == 99_999:
            yield acc


print(list(every(60_000, 200_000)))
g = every(70_000, 10**9)
print(next(g), g.send(None), g.send("stop"), list(g))
print(list(nested(200_001)))
print(list(sums_of(inner(300_000))))


async def numbers(n):
    for i in range(n):
        if i % 100_000 == 0:
            await asyncio.sleep(0)
        yield i


async def main():
    total = 0
    count = 0
    async for x in numbers(300_000):
        total += x
        count += 1
        if count == 250_000:
            break
    print(count, total)
    values = [x async for x in numbers(200_000) if x % 40_000 == 0]
    print(values)


asyncio.run(main())
