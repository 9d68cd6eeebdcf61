# asyncio.get_event_loop() outside a running loop: 3.12 creates the loop with a
# DeprecationWarning attributed to the caller (shown because the caller is __main__).
import asyncio

async def hello():
    return "hi"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
loop2 = asyncio.get_event_loop()
print(loop is loop2)
fut = asyncio.ensure_future(hello())
print(loop.run_until_complete(fut))
loop.close()
