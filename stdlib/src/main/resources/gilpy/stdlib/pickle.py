"""pickle for gilpy: protocols 4 (the default) and 5, written and read by _gilpy_process.

What is supported is what processes exchange: None, bools, ints, floats, str, bytes,
bytearray, tuples, lists, dicts, sets, frozensets, functions and classes by qualified name,
instances of Python classes (their __dict__, or __setstate__ when loading) and exceptions.
The bytes are CPython's for these, so the two read each other's pickles.
"""
import _gilpy_process
from _gilpy_process import PickleError, PicklingError, UnpicklingError

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    if protocol is None:
        protocol = DEFAULT_PROTOCOL
    elif protocol < 0:
        protocol = HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
    if protocol < 4:
        raise ValueError("gilpy writes pickle protocols 4 and 5 only")
    return _gilpy_process.pickle_dumps(obj, protocol)


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _gilpy_process.pickle_loads(bytes(data))


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    file.write(dumps(obj, protocol))


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return loads(file.read())
