"""An asyncio echo server and its clients on 127.0.0.1, in one script.

The server answers each line with the line in upper case; three clients connect at once,
send a few lines each and print what comes back. Everything runs in one thread: while a
connection waits for data, the event loop serves the others.
"""
import asyncio


async def handle_client(reader, writer):
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(port, name, words):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    replies = []
    for word in words:
        writer.write(f"{name}: {word}\n".encode())
        await writer.drain()
        replies.append((await reader.readline()).decode().rstrip())
    writer.close()
    await writer.wait_closed()
    return replies


async def main():
    server = await asyncio.start_server(handle_client, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        results = await asyncio.gather(
            client(port, "alice", ["hello", "world"]),
            client(port, "bob", ["ping", "pong", "done"]),
            client(port, "carol", ["gil", "free"]),
        )
    for replies in results:
        print(replies)


asyncio.run(main())
