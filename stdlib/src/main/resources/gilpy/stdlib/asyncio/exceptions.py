"""asyncio's exceptions (written for gilpy)."""

__all__ = ("CancelledError", "InvalidStateError", "TimeoutError", "SendfileNotAvailableError",
           "IncompleteReadError", "LimitOverrunError")

TimeoutError = TimeoutError  # the builtin, as in 3.11+


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class SendfileNotAvailableError(RuntimeError):
    """Sendfile syscall is not available."""


class IncompleteReadError(EOFError):
    """Fewer bytes were read than requested."""

    def __init__(self, partial, expected):
        r_expected = "undefined" if expected is None else repr(expected)
        super().__init__(f"{len(partial)} bytes read on a total of {r_expected} expected bytes")
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    """A separator was found, but the buffer limit was reached."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed
