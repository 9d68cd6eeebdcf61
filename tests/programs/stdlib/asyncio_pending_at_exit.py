# A task still pending when the program ends is reported ("Task was destroyed but it is
# pending!"), as CPython reports it when the task is garbage collected at exit.
import asyncio


async def forever():
    await asyncio.sleep(3600)


async def main():
    asyncio.get_running_loop().create_task(forever(), name="sleeper")
    await asyncio.sleep(0)
    return "main done"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
loop.close()
print("loop closed")
