"""Pipe connections between processes (written for gilpy).

What is sent is copied with pickle's semantics (see _gilpy_process): the receiver gets an
equal value, never the sender's object.
"""
import _gilpy_process

__all__ = ["Connection", "Pipe"]


class Connection:
    """One end of a Pipe."""

    def __init__(self, port):
        self._port = port

    def _state(self):
        closed, readable, writable, _ = _gilpy_process.port_state(self._port)
        if closed:
            raise OSError("handle is closed")
        return readable, writable

    @property
    def closed(self):
        return _gilpy_process.port_state(self._port)[0]

    @property
    def readable(self):
        return _gilpy_process.port_state(self._port)[1]

    @property
    def writable(self):
        return _gilpy_process.port_state(self._port)[2]

    def send(self, obj):
        """Sends a pickle-style copy of obj to the other end."""
        if not self._state()[1]:
            raise OSError("connection is read-only")
        _gilpy_process.send(self._port, obj, None)

    def recv(self):
        """The next object sent by the other end; EOFError once it is closed and nothing is left."""
        if not self._state()[0]:
            raise OSError("connection is write-only")
        return _gilpy_process.recv(self._port, None)[1]

    def send_bytes(self, buf, offset=0, size=None):
        data = bytes(buf)
        end = len(data) if size is None else offset + size
        self.send(data[offset:end])

    def recv_bytes(self, maxlength=None):
        return bytes(self.recv())

    def poll(self, timeout=0.0):
        """Whether there is anything to receive (waiting at most timeout seconds; None: forever)."""
        if not self._state()[0]:
            raise OSError("connection is write-only")
        return _gilpy_process.poll(self._port, timeout)

    def close(self):
        _gilpy_process.close_port(self._port)

    def fileno(self):
        self._state()
        return id(self._port) & 0xffff

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return f"<multiprocessing.connection.Connection object at {hex(id(self))}>"


def Pipe(duplex=True):
    """Two connected ends: both can send and receive, or (receive-only, send-only) if not duplex."""
    a, b = _gilpy_process.pipe(duplex)
    return Connection(a), Connection(b)
