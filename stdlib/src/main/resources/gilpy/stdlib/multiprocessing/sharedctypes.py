"""Value and Array in memory shared between processes (written for gilpy).

The memory lives outside every process (_gilpy_process.shared_memory): a forked child
reads and writes the same cells. Types are given as typecodes ('i', 'd', 'c', ...);
ctypes types are not available. With lock=True (the default) the object carries a
multiprocessing RLock for compound updates such as `v.value += 1`.
"""
import _gilpy_process
from multiprocessing import synchronize

__all__ = ["RawValue", "RawArray", "Value", "Array"]

_C_NAMES = {"b": "c_byte", "B": "c_ubyte", "h": "c_short", "H": "c_ushort", "i": "c_int", "I": "c_uint",
            "l": "c_long", "L": "c_ulong", "q": "c_longlong", "Q": "c_ulonglong", "f": "c_float",
            "d": "c_double", "c": "c_char", "u": "c_wchar"}


def _typecode(typecode_or_type):
    if not isinstance(typecode_or_type, str):
        raise TypeError("gilpy supports typecodes ('i', 'd', 'c', ...) here, not ctypes types")
    return typecode_or_type


class _RawValue:
    def __init__(self, typecode, value):
        self._memory = _gilpy_process.shared_memory(typecode, 1)
        self._typecode = typecode
        if value is not None:
            self.value = value

    @property
    def value(self):
        return _gilpy_process.mem_get(self._memory, 0)

    @value.setter
    def value(self, value):
        _gilpy_process.mem_set(self._memory, 0, value)

    def __repr__(self):
        return f"{_C_NAMES[self._typecode]}({self.value!r})"


class _RawArray:
    def __init__(self, typecode, size_or_initializer):
        if isinstance(size_or_initializer, int):
            size, init = size_or_initializer, None
        else:
            init = list(size_or_initializer)
            size = len(init)
        self._memory = _gilpy_process.shared_memory(typecode, size)
        self._typecode = typecode
        self._length = size
        if init is not None:
            for i, v in enumerate(init):
                _gilpy_process.mem_set(self._memory, i, v)

    def __len__(self):
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        return _gilpy_process.mem_get(self._memory, index)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            positions = range(*index.indices(self._length))
            values = list(value)
            if len(values) != len(positions):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(positions, values):
                _gilpy_process.mem_set(self._memory, i, v)
            return
        if index < 0:
            index += self._length
        _gilpy_process.mem_set(self._memory, index, value)

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        """For a char array: the bytes up to the first NUL."""
        data = b"".join(self[:])
        end = data.find(b"\0")
        return data if end < 0 else data[:end]

    @value.setter
    def value(self, data):
        if len(data) > self._length:
            raise ValueError("byte string too long")
        for i in range(self._length):
            self[i] = data[i:i + 1] if i < len(data) else b"\0"

    @property
    def raw(self):
        return b"".join(self[:])

    def __repr__(self):
        return f"<{_C_NAMES[self._typecode]}_Array_{self._length} object at {hex(id(self))}>"


def RawValue(typecode_or_type, *args):
    return _RawValue(_typecode(typecode_or_type), args[0] if args else None)


def RawArray(typecode_or_type, size_or_initializer):
    return _RawArray(_typecode(typecode_or_type), size_or_initializer)


class Synchronized:
    """A shared value with the lock that guards compound updates."""

    def __init__(self, obj, lock):
        self._obj = obj
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, value):
        with self._lock:
            self._obj.value = value

    def __repr__(self):
        return f"<{type(self).__name__} wrapper for {self._obj!r}>"


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, index):
        with self._lock:
            return self._obj[index]

    def __setitem__(self, index, value):
        with self._lock:
            self._obj[index] = value

    def __iter__(self):
        with self._lock:
            return iter(self._obj[:])

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw


def _wrap(obj, lock, wrapper):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = synchronize.RLock()
    if not hasattr(lock, "acquire"):
        raise AttributeError(f"{lock!r} has no method 'acquire'")
    return wrapper(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return _wrap(RawValue(typecode_or_type, *args), lock, Synchronized)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _wrap(RawArray(typecode_or_type, size_or_initializer), lock, SynchronizedArray)
