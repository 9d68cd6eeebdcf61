"""In-memory streams, StringIO and BytesIO (written for gilpy).

Files opened with open() are Java objects; the in-memory streams here are Python classes
with the same methods.
"""
__all__ = ["StringIO", "BytesIO", "open", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE", "IOBase", "TextIOBase"]

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
DEFAULT_BUFFER_SIZE = 8192
open = open


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """What every stream shares: closing, the context manager, line iteration."""

    _closed = False
    _closed_message = "I/O operation on closed file."

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")


class TextIOBase(IOBase):
    pass


class _MemoryStream(IOBase):
    """A growable buffer with a position; writes at the end are collected and joined lazily."""

    _empty = ""

    def __init__(self, initial):
        self._value = initial
        self._pending = []  # writes appended at the end since _value was last joined
        self._length = len(initial)
        self._pos = 0

    def _joined(self):
        if self._pending:
            self._value = self._value + self._empty.join(self._pending)
            self._pending = []
        return self._value

    def getvalue(self):
        self._check_open()
        return self._joined()

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, self._length + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def _write(self, data):
        self._check_open()
        n = len(data)
        if not n:
            return 0
        if self._pos >= self._length:
            if self._pos > self._length:
                self._pending.append(self._pad(self._pos - self._length))
            self._pending.append(data)
            self._length = self._pos + n
        else:
            value = self._joined()
            self._value = value[:self._pos] + data + value[self._pos + n:]
            self._length = len(self._value)
        self._pos += n
        return n

    def read(self, size=-1):
        self._check_open()
        value = self._joined()
        end = len(value) if size is None or size < 0 else min(len(value), self._pos + size)
        data = value[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        self._value = self._joined()[:size]
        self._length = len(self._value)
        return size


class StringIO(_MemoryStream, TextIOBase):
    """A text stream in memory."""

    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        super().__init__(self._translate(initial_value))

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    @staticmethod
    def _pad(n):
        return "\0" * n

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._write(self._translate(s))
        return len(s)

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        end = value.find("\n", self._pos)
        end = len(value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = value[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    encoding = None
    errors = None

    def __repr__(self):
        return f"<_io.StringIO object at {id(self):#x}>"


class BytesIO(_MemoryStream):
    """A binary stream in memory."""

    _empty = b""

    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes or b""))

    @staticmethod
    def _pad(n):
        return bytes(n)

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write(bytes(b))

    def readline(self, size=-1):
        self._check_open()
        value = self._joined()
        end = value.find(b"\n", self._pos)
        end = len(value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = value[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def getbuffer(self):
        return bytearray(self.getvalue())

    def read1(self, size=-1):
        return self.read(size)

    def __repr__(self):
        return f"<_io.BytesIO object at {id(self):#x}>"
