# async with and async for, driven by asyncio: suspension inside both, exceptions passed to
# __aexit__ (swallowed or propagated), break/continue/else, return inside async with.
import asyncio


class Manager:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb is not None)
        await asyncio.sleep(0)
        return exc_type is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def returns_inside():
    async with Manager("r"):
        return "returned"


async def main():
    async with Manager("a") as value:
        print("body", value)
    async with Manager("outer") as a, Manager("inner") as b:
        print(a, b)
        raise KeyError("swallowed")
    print("after a swallowed KeyError")
    try:
        async with Manager("c"):
            raise ValueError("kept")
    except ValueError as e:
        print("propagated:", e)
    async for x in Countdown(3):
        if x == 1:
            continue
        print("item", x)
    else:
        print("else ran")
    async for x in Countdown(5):
        if x == 2:
            break
    else:
        print("not printed")
    print("broke at", x)
    print(await returns_inside())
    for obj in (1, "s"):
        try:
            async with obj:
                pass
        except TypeError as e:
            print(e)
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print(e)
    print(sorted(k for k in locals() if not k.isidentifier()))


asyncio.run(main())
