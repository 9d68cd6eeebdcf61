"""asyncio streams over TCP (written for gilpy): start_server, open_connection,
StreamReader and StreamWriter.

The sockets are _gilpy_nio channels (java.nio, non-blocking). Each connection has a small
transport that the loop calls when its channel is readable (data goes into the
StreamReader) or writable (the buffered output goes out). Reading pauses while the reader
holds more than twice its limit; drain() waits while more than 64 KiB are unsent.
"""
import _gilpy_nio as _nio
from asyncio import events
from asyncio.coroutines import iscoroutine
from asyncio.exceptions import IncompleteReadError, LimitOverrunError, CancelledError
from asyncio.tasks import sleep

__all__ = ("StreamReader", "StreamWriter", "open_connection", "start_server", "Server")

_DEFAULT_LIMIT = 2 ** 16
_HIGH_WATER = 64 * 1024
_LOW_WATER = 16 * 1024


class _SocketInfo:
    """What server.sockets and get_extra_info('socket') hand out: enough of a socket to ask its address."""

    def __init__(self, channel):
        self._channel = channel

    def getsockname(self):
        return _nio.sockname(self._channel)

    def getpeername(self):
        return _nio.peername(self._channel)

    def fileno(self):
        return _nio.fileno(self._channel)

    def __repr__(self):
        try:
            laddr = self.getsockname()
        except OSError:
            laddr = None
        return f"<asyncio.TransportSocket fd={self.fileno()}, laddr={laddr}>"


class _Transport:
    """One TCP connection: feeds what arrives to a StreamReader, buffers what cannot go out yet."""

    def __init__(self, loop, channel, reader):
        self._loop = loop
        self._channel = channel
        self._reader = reader
        self._pending = []        # chunks not sent yet
        self._pending_size = 0
        self._closing = False
        self._closed = False
        self._eof_requested = False
        self._reading = True
        self._error = None        # why the connection was lost, if it failed
        self._drain_waiters = []
        self._closed_future = loop.create_future()
        self._on_closed = None    # the server's bookkeeping, for its connections
        self._extra = {"socket": _SocketInfo(channel)}
        for key, get in (("peername", _nio.peername), ("sockname", _nio.sockname)):
            try:
                self._extra[key] = get(channel)
            except OSError:
                pass
        reader._transport = self
        loop.add_reader(channel, self._readable)

    # -- reading ------------------------------------------------------------------

    def _readable(self):
        try:
            data = _nio.recv(self._channel, _DEFAULT_LIMIT)
        except OSError as exc:
            self._lost(exc)
            return
        if data is None:
            return
        if not data:  # the peer closed its side
            self._loop.remove_reader(self._channel)
            self._reading = False
            self._reader.feed_eof()
            if self._closing and not self._pending:
                self._finish_close()
            return
        self._reader.feed_data(data)

    def pause_reading(self):
        if self._reading and not self._closed:
            self._reading = False
            self._loop.remove_reader(self._channel)

    def resume_reading(self):
        if not self._reading and not self._closing and not self._closed and not self._reader._eof:
            self._reading = True
            self._loop.add_reader(self._channel, self._readable)

    # -- writing ------------------------------------------------------------------

    def write(self, data):
        if not isinstance(data, bytes):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_requested:
            raise RuntimeError("Cannot call write() after write_eof()")
        if not data or self._closed or self._error is not None:
            return
        if not self._pending:
            try:
                sent = _nio.send(self._channel, data)
            except OSError as exc:
                self._lost(exc)
                return
            data = data[sent:]
            if not data:
                return
            self._loop.add_writer(self._channel, self._writable)
        self._pending.append(data)
        self._pending_size += len(data)

    def _writable(self):
        while self._pending:
            chunk = self._pending[0]
            try:
                sent = _nio.send(self._channel, chunk)
            except OSError as exc:
                self._lost(exc)
                return
            self._pending_size -= sent
            if sent < len(chunk):
                self._pending[0] = chunk[sent:]
                break
            self._pending.pop(0)
        if self._pending_size <= _LOW_WATER:
            self._wake_drainers(None)
        if self._pending:
            return
        self._loop.remove_writer(self._channel)
        if self._eof_requested:
            self._shutdown_output()
        if self._closing:
            self._finish_close()

    def write_eof(self):
        if self._closing or self._eof_requested:
            return
        self._eof_requested = True
        if not self._pending:
            self._shutdown_output()

    def _shutdown_output(self):
        try:
            _nio.shutdown_write(self._channel)
        except OSError:
            pass

    async def _drain(self):
        if self._error is not None:
            raise self._error
        if self._closed:
            raise ConnectionResetError("Connection lost")
        if self._pending_size <= _HIGH_WATER:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        await waiter

    def _wake_drainers(self, error):
        waiters, self._drain_waiters = self._drain_waiters, []
        for waiter in waiters:
            if not waiter.done():
                if error is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(error)

    # -- closing ------------------------------------------------------------------

    def is_closing(self):
        return self._closing or self._closed

    def close(self):
        if self._closing or self._closed:
            return
        self._closing = True
        if self._reading:
            self._loop.remove_reader(self._channel)
            self._reading = False
        if not self._pending:
            self._loop.call_soon(self._finish_close)

    def abort(self):
        self._pending.clear()
        self._pending_size = 0
        self._closing = True
        self._finish_close()

    def _lost(self, exc):
        self._error = exc
        self._reader.set_exception(exc)
        self._pending.clear()
        self._pending_size = 0
        self._finish_close()

    def _finish_close(self):
        if self._closed:
            return
        self._closed = True
        self._loop.remove_reader(self._channel)
        self._loop.remove_writer(self._channel)
        try:
            _nio.close(self._channel)
        except OSError:
            pass
        if not self._reader._eof:
            self._reader.feed_eof()
        self._wake_drainers(self._error or ConnectionResetError("Connection lost"))
        if not self._closed_future.done():
            self._closed_future.set_result(None)
        if self._on_closed is not None:
            self._on_closed(self)

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class StreamReader:
    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError("Limit cannot be <= 0")
        self._limit = limit
        self._loop = events.get_event_loop() if loop is None else loop
        self._buffer = b""
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ["StreamReader"]
        if self._buffer:
            info.append(f"{len(self._buffer)} bytes")
        if self._eof:
            info.append("eof")
        if self._limit != _DEFAULT_LIMIT:
            info.append(f"limit={self._limit}")
        if self._waiter:
            info.append(f"waiter={self._waiter!r}")
        if self._exception:
            info.append(f"exception={self._exception!r}")
        if self._transport:
            info.append(f"transport={self._transport!r}")
        if self._paused:
            info.append("paused")
        return "<{}>".format(" ".join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def set_transport(self, transport):
        self._transport = transport

    def feed_eof(self):
        self._eof = True
        self._wake(None)

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer += data
        self._wake(None)
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            self._paused = True
            self._transport.pause_reading()

    def _wake(self, exc):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    def _consumed(self, n):
        data, self._buffer = self._buffer[:n], self._buffer[n:]
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()
        return data

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f"{func_name}() called while another coroutine is already waiting for incoming data")
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        separator = b"\n"
        try:
            return await self.readuntil(separator)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer[e.consumed:].startswith(separator):
                self._consumed(e.consumed + len(separator))
            else:
                self._consumed(len(self._buffer))
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b"\n"):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError("Separator should be at least one-byte string")
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                found = self._buffer.find(separator, offset)
                if found != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError("Separator is not found, and chunk exceed the limit", offset)
            if self._eof:
                chunk = self._consumed(len(self._buffer))
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data("readuntil")
        if found > self._limit:
            raise LimitOverrunError("Separator is found, but chunk is longer than limit", found)
        return self._consumed(found + seplen)

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b"".join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data("read")
        return self._consumed(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError("readexactly size can not be less than zero")
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b""
        while len(self._buffer) < n:
            if self._eof:
                incomplete = self._consumed(len(self._buffer))
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data("readexactly")
        return self._consumed(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b"":
            raise StopAsyncIteration
        return line


class StreamWriter:
    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        info = [self.__class__.__name__, f"transport={self._transport!r}"]
        if self._reader is not None:
            info.append(f"reader={self._reader!r}")
        return "<{}>".format(" ".join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        for chunk in data:
            self._transport.write(chunk)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return True

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._transport._closed_future

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None and self._reader.exception() is not None:
            raise self._reader.exception()
        if self._transport.is_closing():
            await sleep(0)  # as CPython: let the connection-lost callback run first
        await self._transport._drain()


class Server:
    def __init__(self, loop, channels, client_connected_cb, limit):
        self._loop = loop
        self._channels = channels
        self._callback = client_connected_cb
        self._limit = limit
        self._serving = False
        self._serving_forever = None
        self._connections = set()
        self._closed = False
        self._waiters = []

    def __repr__(self):
        return f"<Server sockets={self.sockets!r}>"

    def get_loop(self):
        return self._loop

    @property
    def sockets(self):
        return () if self._closed else tuple(_SocketInfo(c) for c in self._channels)

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        self._start()
        await sleep(0)

    def _start(self):
        if self._serving or self._closed:
            return
        self._serving = True
        for channel in self._channels:
            self._loop.add_reader(channel, self._accept, channel)

    def _accept(self, listening):
        while True:
            try:
                channel = _nio.accept(listening)
            except OSError as exc:
                self._loop.call_exception_handler({"message": "socket.accept() out of system resource",
                                                   "exception": exc})
                return
            if channel is None:
                return
            reader = StreamReader(limit=self._limit, loop=self._loop)
            transport = _Transport(self._loop, channel, reader)
            transport._on_closed = self._connection_closed
            self._connections.add(transport)
            writer = StreamWriter(transport, None, reader, self._loop)
            result = self._callback(reader, writer)
            if iscoroutine(result):
                task = self._loop.create_task(result)
                task.add_done_callback(lambda t, transport=transport: self._client_done(t, transport))

    def _client_done(self, task, transport):
        if task.cancelled():
            transport.close()
            return
        exc = task.exception()
        if exc is not None:
            self._loop.call_exception_handler({"message": "Unhandled exception in client_connected_cb",
                                               "exception": exc, "transport": transport})
            transport.close()

    def _connection_closed(self, transport):
        self._connections.discard(transport)
        self._wake_waiters()

    def _wake_waiters(self):
        if self._closed and not self._connections:
            waiters, self._waiters = self._waiters, []
            for waiter in waiters:
                if not waiter.done():
                    waiter.set_result(None)

    def close(self):
        if self._closed:
            return
        self._closed = True
        for channel in self._channels:
            if self._serving:
                self._loop.remove_reader(channel)
            try:
                _nio.close(channel)
            except OSError:
                pass
        self._serving = False
        if self._serving_forever is not None and not self._serving_forever.done():
            self._serving_forever.cancel()
            self._serving_forever = None
        self._wake_waiters()

    async def wait_closed(self):
        """Returns once the server is closed and its connections have all ended."""
        if self._closed and not self._connections:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def serve_forever(self):
        if self._serving_forever is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._closed:
            raise RuntimeError(f"server {self!r} is closed")
        self._start()
        self._serving_forever = self._loop.create_future()
        try:
            await self._serving_forever
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, backlog=100,
                       start_serving=True, **kwds):
    loop = events.get_running_loop()
    hosts = ["0.0.0.0"] if host is None or host == "" else ([host] if isinstance(host, str) else list(host))
    channels = []
    try:
        for h in hosts:
            try:
                channels.append(_nio.listen(h, 0 if port is None else port, backlog))
            except OSError as exc:
                raise OSError(exc.errno, f"error while attempting to bind on address {(h, port)!r}: "
                                         f"{exc.strerror.lower()}") from None
    except BaseException:
        for channel in channels:
            _nio.close(channel)
        raise
    server = Server(loop, channels, client_connected_cb, limit)
    if start_serving:
        server._start()
        await sleep(0)
    return server


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = events.get_running_loop()
    host = "localhost" if host is None else host
    channel = _nio.connect(host, port)
    connected = loop.create_future()

    def on_writable():
        if not connected.done():
            connected.set_result(None)

    loop.add_writer(channel, on_writable)
    try:
        await connected
        _nio.finish_connect(channel)
    except OSError as exc:
        _nio.close(channel)
        address = ("127.0.0.1" if host == "localhost" else host, port)
        raise type(exc)(exc.errno, f"Connect call failed {address}") from None
    except BaseException:
        _nio.close(channel)
        raise
    finally:
        loop.remove_writer(channel)
    reader = StreamReader(limit=limit, loop=loop)
    transport = _Transport(loop, channel, reader)
    writer = StreamWriter(transport, None, reader, loop)
    return reader, writer
