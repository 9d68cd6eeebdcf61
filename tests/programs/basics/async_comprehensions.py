# Async comprehensions (PEP 530): list, set, dict, nested, filtered, and async generator expressions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([x * 2 async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: str(x) async for x in agen(3) if x != 1})
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([x async for x in agen(6) if x % 2 if x > 1])
    g = (x + 100 async for x in agen(3))
    print(type(g).__name__, [v async for v in g])
    print(sum([x async for x in agen(5)]))

asyncio.run(main())


# an await inside a comprehension makes it asynchronous too
async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def awaiting():
    print([await double(x) for x in range(3)])
    print({x: await double(x) for x in range(2) if await double(x) >= 0})


asyncio.run(awaiting())


# a walrus in an async comprehension binds in the enclosing function, as in any comprehension
async def walrus_targets():
    async def agen(n):
        for i in range(n):
            yield i

    squares = [last := x * x async for x in agen(4)]
    evens = [x async for x in agen(10) if (found := x) % 2 == 0]
    total = 0
    sums = {x: (total := total + x) async for x in agen(5)}
    return squares, last, evens, found, sums, total


print(asyncio.run(walrus_targets()))
