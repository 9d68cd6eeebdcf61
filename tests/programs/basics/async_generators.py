# Async generators (PEP 525): async for over them, asend/athrow/aclose, finally blocks that await.
import asyncio

async def ticker(n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i
    print("ticker done")

async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
            await asyncio.sleep(0)
    finally:
        print("echo closing with", received)
        await asyncio.sleep(0)
        print("echo closed")

async def main():
    async for t in ticker(3, 0.01):
        print("tick", t)
    g = echo()
    print(type(g).__name__)
    print(await g.__anext__())
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    t = ticker(5, 0)
    print(await t.__anext__())
    try:
        await t.athrow(ValueError("into ticker"))
    except ValueError as e:
        print("athrow propagated:", e)
    async def gen_break():
        try:
            yield 1
            yield 2
        finally:
            print("gen_break finally")
    async for x in gen_break():
        print("got", x)
    g3 = gen_break()
    async for x in g3:
        print("got", x)
        break
    await g3.aclose()  # (CPython would also finalise it when it is garbage; gilpy needs the explicit aclose)
    g2 = gen_break()
    await g2.__anext__()
    await g2.aclose()

asyncio.run(main())


# the firstiter hook sees each async generator once, when it is first iterated
import sys

seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)


async def one():
    yield 1


agen = one()
print(len(seen))
step = agen.__anext__()
print(len(seen), seen[0] is agen)
step.close()
agen.__anext__().close()
print(len(seen))
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks()[0])
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
