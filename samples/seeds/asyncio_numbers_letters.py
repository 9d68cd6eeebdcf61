import asyncio
async def print_numbers():
    for i in range(1, 6):
        await asyncio.sleep(1)
        print(f"Number: {i}")
async def print_letters():
    for letter in 'abcde':
        await asyncio.sleep(1.5)
        print(f"Letter: {letter}")
async def main():
    task1 = asyncio.create_task(print_numbers())
    task2 = asyncio.create_task(print_letters())
    await task1
    await task2
asyncio.run(main())
