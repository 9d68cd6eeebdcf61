"""TCP sockets (written for gilpy) over the JVM's NIO channels (_gilpy_nio).

Blocking calls (accept, connect, recv, send) wait in a selector, which releases the GIL, so
threads serving sockets run while others wait, as in CPython. Timeouts and non-blocking mode
behave as CPython's. Only IPv4/IPv6 stream sockets exist: SOCK_DGRAM, AF_UNIX and raw
sockets raise OSError. bind() takes effect at listen(), where NIO binds and listens at once.
"""
import _gilpy_nio as _nio
import os as _os

__all__ = ["socket", "create_connection", "create_server", "socketpair", "gethostname", "gethostbyname",
           "getdefaulttimeout", "setdefaulttimeout", "error", "timeout", "herror", "gaierror",
           "AF_INET", "AF_INET6", "AF_UNIX", "SOCK_STREAM", "SOCK_DGRAM", "SOL_SOCKET", "SO_REUSEADDR",
           "SO_KEEPALIVE", "SO_REUSEPORT", "IPPROTO_TCP", "TCP_NODELAY", "SHUT_RD", "SHUT_WR", "SHUT_RDWR",
           "SOMAXCONN", "has_ipv6"]

AF_UNIX, AF_INET, AF_INET6 = 1, 2, 10
SOCK_STREAM, SOCK_DGRAM = 1, 2
SOL_SOCKET, SO_REUSEADDR, SO_KEEPALIVE, SO_REUSEPORT, SO_RCVBUF, SO_SNDBUF = 1, 2, 9, 15, 8, 7
IPPROTO_TCP, TCP_NODELAY = 6, 1
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
SOMAXCONN = 4096
has_ipv6 = True

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


def setdefaulttimeout(timeout):
    global _default_timeout
    _default_timeout = _check_timeout(timeout)


def _check_timeout(value):
    if value is None:
        return None
    value = float(value)
    if value < 0:
        raise ValueError("Timeout value out of range")
    return value


class socket:
    """A TCP socket: a listening one after listen(), a connected one after connect() or accept()."""

    def __init__(self, family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None):
        if family not in (AF_INET, AF_INET6) or type != SOCK_STREAM:
            raise OSError(97, "Address family or socket type not supported by gilpy "
                              "(only AF_INET/AF_INET6 SOCK_STREAM)")
        self.family = family
        self.type = type
        self.proto = proto
        self._channel = None
        self._selector = None
        self._bound = None
        self._timeout = _default_timeout
        self._closed = False
        self._options = {}

    @classmethod
    def _from_channel(cls, channel, family):
        sock = cls(family)
        sock._channel = channel
        return sock

    def __repr__(self):
        text = f"<socket.socket fd={self.fileno()}, family={self.family}, type={self.type}, proto={self.proto}"
        if self._channel is not None and not self._closed:
            text += f", laddr={self.getsockname()}"
            try:
                text += f", raddr={self.getpeername()}"
            except OSError:
                pass
        return text + ">"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    # ------------------------------------------------------------------ waiting

    def _check(self):
        if self._closed:
            raise OSError(9, "Bad file descriptor")

    def _wait(self, events):
        """Waits (without the GIL) until the socket is ready, or raises TimeoutError/BlockingIOError."""
        if self._timeout == 0.0:
            raise BlockingIOError(11, "Resource temporarily unavailable")
        if self._selector is None:
            self._selector = _nio.selector()
        _nio.register(self._selector, self._channel, events)
        ready = _nio.select(self._selector, self._timeout)
        if not ready:
            raise TimeoutError("timed out")

    # ------------------------------------------------------------------ server side

    def bind(self, address):
        self._check()
        host, port = address[0], address[1]
        self._bound = (host, port)

    def listen(self, backlog=SOMAXCONN):
        self._check()
        host, port = self._bound if self._bound is not None else ("", 0)
        self._channel = _nio.listen(_host(host), port, max(backlog, 0) or 1)

    def accept(self):
        self._check()
        if self._channel is None:
            raise OSError(22, "Invalid argument")
        while True:
            channel = _nio.accept(self._channel)
            if channel is not None:
                conn = socket._from_channel(channel, self.family)
                conn._timeout = _default_timeout  # as CPython: the default, not the listener's
                return conn, _nio.peername(channel)
            self._wait(_nio.EVENT_READ)

    # ------------------------------------------------------------------ client side

    def connect(self, address):
        self._check()
        host, port = address[0], address[1]
        self._channel = _nio.connect(_host(host), port)
        if self._timeout == 0.0:
            raise BlockingIOError(115, "Operation now in progress")
        while not _nio.finish_connect(self._channel):
            self._wait(_nio.EVENT_WRITE)

    def connect_ex(self, address):
        try:
            self.connect(address)
            return 0
        except OSError as e:
            return e.errno or 1

    # ------------------------------------------------------------------ data

    def recv(self, bufsize, flags=0):
        self._check()
        if bufsize < 0:
            raise ValueError("negative buffersize in recv")
        if self._channel is None:
            raise OSError(107, "Transport endpoint is not connected")
        if bufsize == 0:
            return b""
        while True:
            data = _nio.recv(self._channel, bufsize)
            if data is not None:
                return data
            self._wait(_nio.EVENT_READ)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def send(self, data, flags=0):
        self._check()
        if self._channel is None:
            raise OSError(32, "Broken pipe")
        data = bytes(data)
        while True:
            sent = _nio.send(self._channel, data)
            if sent or not data:
                return sent
            self._wait(_nio.EVENT_WRITE)

    def sendall(self, data, flags=0):
        data = bytes(data)
        view = 0
        while view < len(data):
            view += self.send(data[view:])
        return None

    # ------------------------------------------------------------------ options and state

    def settimeout(self, value):
        self._timeout = _check_timeout(value)

    def gettimeout(self):
        return self._timeout

    def setblocking(self, flag):
        self._timeout = None if flag else 0.0

    def getblocking(self):
        return self._timeout != 0.0

    def setsockopt(self, level, option, value, optlen=None):
        self._options[(level, option)] = value

    def getsockopt(self, level, option, buflen=None):
        return self._options.get((level, option), 0)

    def getsockname(self):
        self._check()
        if self._channel is None:
            return self._bound if self._bound is not None else ("0.0.0.0", 0)
        return _nio.sockname(self._channel)

    def getpeername(self):
        self._check()
        if self._channel is None:
            raise OSError(107, "Transport endpoint is not connected")
        return _nio.peername(self._channel)

    def shutdown(self, how):
        self._check()
        if how in (SHUT_WR, SHUT_RDWR) and self._channel is not None:
            _nio.shutdown_write(self._channel)

    def fileno(self):
        if self._closed or self._channel is None:
            return -1
        return _nio.fileno(self._channel)

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._selector is not None:
            _nio.close(self._selector)
        if self._channel is not None:
            _nio.close(self._channel)

    def detach(self):
        self._closed = True
        return -1

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        return _SocketFile(self, mode, encoding or "utf-8")


class _SocketFile:
    """A file over a socket (makefile): buffered reads by line or size, writes sent at once."""

    def __init__(self, sock, mode, encoding):
        self._sock = sock
        self._binary = "b" in mode
        self._encoding = encoding
        self._buffer = b""
        self._eof = False
        self.closed = False

    def _fill(self):
        if self._eof:
            return False
        data = self._sock.recv(8192)
        if not data:
            self._eof = True
            return False
        self._buffer += data
        return True

    def _out(self, data):
        return data if self._binary else data.decode(self._encoding)

    def readline(self, size=-1):
        while b"\n" not in self._buffer and (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        end = self._buffer.find(b"\n") + 1 or len(self._buffer)
        if size >= 0:
            end = min(end, size)
        line, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._out(line)

    def read(self, size=-1):
        while (size < 0 or len(self._buffer) < size) and self._fill():
            pass
        end = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        data, self._buffer = self._buffer[:end], self._buffer[end:]
        return self._out(data)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._sock.sendall(data if self._binary else data.encode(self._encoding))
        return len(data)

    def flush(self):
        pass

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def _host(host):
    return "0.0.0.0" if host == "" else host


def create_connection(address, timeout=None, source_address=None, *, all_errors=False):
    sock = socket(AF_INET6 if ":" in address[0] else AF_INET)
    if timeout is not None:
        sock.settimeout(timeout)
    try:
        sock.connect(address)
    except BaseException:
        sock.close()
        raise
    return sock


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    sock = socket(family)
    sock.bind(address)
    sock.listen(SOMAXCONN if backlog is None else backlog)
    return sock


def socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    """Two connected sockets over loopback."""
    with create_server(("127.0.0.1", 0)) as listener:
        a = create_connection(listener.getsockname())
        b, _ = listener.accept()
    return a, b


def gethostname():
    return _os.uname().nodename


def gethostbyname(hostname):
    if hostname in ("localhost", "", "ip6-localhost"):
        return "127.0.0.1"
    parts = hostname.split(".")
    if len(parts) == 4 and all(p.isdigit() and 0 <= int(p) <= 255 for p in parts):
        return hostname
    if hostname == gethostname():
        return "127.0.1.1"
    raise gaierror(-2, "Name or service not known")
