"""Printing and formatting exceptions and stacks as the interpreter does (written for gilpy).

Exceptions are formatted by the interpreter's own traceback printer, so that
print_exc() shows exactly what an uncaught exception would. Stacks come from the frames of
sys._getframe(). Traceback entries carry no frame objects in gilpy, so extract_tb,
format_tb and print_tb are not provided.
"""
import sys
import linecache
from _thread import _format_exception

__all__ = ["format_exc", "format_exception", "format_exception_only", "format_stack",
           "extract_stack", "print_exc", "print_exception", "print_last", "print_stack",
           "FrameSummary", "StackSummary"]

_sentinel = object()


def _exception_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, BaseException):
        return exc
    return None


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines an uncaught exception prints, as a list of strings ending in newlines."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    return _lines(_format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    """The last line(s): the exception's type and message."""
    value = _exception_of(exc, value)
    if value is None:
        return ["NoneType: None\n"]
    cls = type(value)
    name = cls.__qualname__
    if cls.__module__ not in ("builtins", "__main__"):
        name = f"{cls.__module__}.{name}"
    text = str(value)
    return [f"{name}: {text}\n" if text else f"{name}\n"]


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_exc"):
        raise ValueError("no last exception")
    print_exception(sys.last_exc, limit=limit, file=file, chain=chain)


class FrameSummary:
    """One stack entry: file, line number, function name and source line."""

    __slots__ = ("filename", "lineno", "name", "_line")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line

    @property
    def line(self):
        if self._line is None:
            self._line = linecache.getline(self.filename, self.lineno).strip()
        return self._line

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __len__(self):
        return 4

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename, self.lineno, self.name, self.line) == (
                other.filename, other.lineno, other.name, other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


class StackSummary(list):
    """A list of FrameSummary entries, oldest first."""

    def format(self):
        result = []
        for entry in self:
            text = f'  File "{entry.filename}", line {entry.lineno}, in {entry.name}\n'
            if entry.line:
                text += f"    {entry.line}\n"
            result.append(text)
        return result


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame down to f (default: the caller)."""
    if f is None:
        f = sys._getframe(1)
    entries = []
    while f is not None:
        entries.append(FrameSummary(f.f_code.co_filename, f.f_lineno, f.f_code.co_name))
        f = f.f_back
    if limit is not None:
        entries = entries[:limit] if limit >= 0 else entries[limit:]
    entries.reverse()
    return StackSummary(entries)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    if file is None:
        file = sys.stderr
    for line in format_stack(f, limit):
        print(line, file=file, end="")
