# asyncio streams on loopback: an echo server, a line protocol, readexactly/readuntil,
# EOF handling, big writes with drain, errors for a refused connection and a busy port.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    assert peer[0] == "127.0.0.1"
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b"big\n":
            size = int((await reader.readline()).decode())
            payload = await reader.readexactly(size)
            writer.write(str(len(payload)).encode() + b"\n")
            writer.write(payload[::-1][:10] + b"\n")
        elif line.startswith(b"upper "):
            writer.write(line[6:].upper())
        else:
            writer.write(b"echo: " + line)
        await writer.drain()
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()
    print("serving on", host, port > 0, server.is_serving())

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for message in (b"hello\n", b"upper shout\n", b"last\n"):
        writer.write(message)
        await writer.drain()
        print(await reader.readline())
    big = bytes(range(256)) * 4000
    writer.write(b"big\n" + str(len(big)).encode() + b"\n" + big)
    await writer.drain()
    print(await reader.readuntil(b"\n"), await reader.readline())
    writer.write_eof()
    print(await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()

    # several clients at once
    async def client(n):
        r, w = await asyncio.open_connection("127.0.0.1", port)
        w.write(f"client {n}\n".encode())
        line = await r.readline()
        w.close()
        await w.wait_closed()
        return line

    print(await asyncio.gather(*(client(n) for n in range(5))))

    # async for over a reader
    r, w = await asyncio.open_connection("127.0.0.1", port)
    w.writelines([b"a\n", b"b\n"])
    w.write_eof()
    print([line async for line in r])
    w.close()

    try:
        await r.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)

    try:
        await asyncio.start_server(handle, "127.0.0.1", port)
    except OSError as e:
        print("OSError:", e.errno, str(e).endswith("address already in use"))

    server.close()
    await server.wait_closed()
    print("closed:", server.is_serving(), server.sockets)

    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as e:
        print("ConnectionRefusedError:", e.errno, "Connect call failed" in str(e))

    async with await asyncio.start_server(handle, "127.0.0.1", 0) as srv:
        print("context manager serving:", srv.is_serving())
    print("after with:", srv.is_serving())


asyncio.run(main())
