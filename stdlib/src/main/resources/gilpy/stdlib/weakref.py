"""Weak references (written for gilpy): ref, WeakValueDictionary, WeakKeyDictionary, WeakSet,
finalize.

References are the JVM's weak references: an object goes when the JVM's collector decides,
which is later than CPython's reference counting would (gc.collect() does not force it).
Callbacks given to ref() are not called; finalize() runs its callback when called or at exit.
Not provided: proxy.
"""
from _weakref import ref, ReferenceType
import atexit as _atexit

__all__ = ["ref", "ReferenceType", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "finalize",
           "WeakMethod"]


class WeakMethod:
    """A weak reference to a bound method: it is alive while the object is."""

    def __init__(self, meth, callback=None):
        self._self = ref(meth.__self__)
        self._func = meth.__func__

    def __call__(self):
        obj = self._self()
        if obj is None:
            return None
        return getattr(obj, self._func.__name__)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry disappears when its value dies."""

    def __init__(self, other=(), /, **kw):
        self._data = {}
        self.update(other, **kw)

    def _alive(self):
        dead = [k for k, r in self._data.items() if r() is None]
        for k in dead:
            del self._data[k]
        return self._data

    def __getitem__(self, key):
        value = self._data[key]()
        if value is None:
            del self._data[key]
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = ref(value)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return len(self._alive())

    def __iter__(self):
        return iter(list(self._alive()))

    def get(self, key, default=None):
        r = self._data.get(key)
        value = r() if r is not None else None
        return default if value is None else value

    def keys(self):
        return list(self._alive())

    def values(self):
        return [v for v in (r() for r in list(self._data.values())) if v is not None]

    def items(self):
        return [(k, v) for k, v in ((k, r()) for k, r in list(self._data.items())) if v is not None]

    def pop(self, key, *default):
        r = self._data.pop(key, None)
        value = r() if r is not None else None
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kw):
        items = other.items() if hasattr(other, "items") else other
        for k, v in items:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def copy(self):
        return WeakValueDictionary(self.items())

    def __repr__(self):
        return f"<WeakValueDictionary at {id(self):#x}>"


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry disappears when its key dies."""

    def __init__(self, dict=None):
        self._data = {}
        if dict is not None:
            self.update(dict)

    def _alive(self):
        dead = [r for r in self._data if r() is None]
        for r in dead:
            del self._data[r]
        return self._data

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            return ref(key) in self._data
        except TypeError:
            return False

    def __len__(self):
        return len(self._alive())

    def __iter__(self):
        return iter([k for k in (r() for r in list(self._alive())) if k is not None])

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        return [v for r, v in list(self._alive().items()) if r() is not None]

    def items(self):
        return [(k, v) for k, v in ((r(), v) for r, v in list(self._alive().items())) if k is not None]

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, "items") else dict
            for k, v in items:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __repr__(self):
        return f"<WeakKeyDictionary at {id(self):#x}>"


class WeakSet:
    """A set holding its elements weakly."""

    def __init__(self, data=None):
        self._data = set()
        if data is not None:
            self.update(data)

    def _alive(self):
        self._data = {r for r in self._data if r() is not None}
        return self._data

    def __iter__(self):
        for r in list(self._alive()):
            item = r()
            if item is not None:
                yield item

    def __len__(self):
        return len(self._alive())

    def __contains__(self, item):
        try:
            return ref(item) in self._data
        except TypeError:
            return False

    def add(self, item):
        self._data.add(ref(item))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def pop(self):
        while True:
            r = self._data.pop()
            item = r()
            if item is not None:
                return item

    def clear(self):
        self._data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return WeakSet(self)



class finalize:
    """Calls func(*args, **kwargs) once: when called, or at interpreter exit while alive."""

    _registry = {}
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        self._ref = ref(obj)
        self._entry = (func, args, kwargs)
        self.atexit = True
        finalize._registry[self] = True

    def __call__(self, _=None):
        if finalize._registry.pop(self, None):
            func, args, kwargs = self._entry
            return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is not None and finalize._registry.pop(self, None):
            func, args, kwargs = self._entry
            return obj, func, args, kwargs

    def peek(self):
        obj = self._ref()
        if obj is not None and self in finalize._registry:
            func, args, kwargs = self._entry
            return obj, func, args, kwargs

    @property
    def alive(self):
        return self in finalize._registry

    @classmethod
    def _exitfunc(cls):
        for f in list(cls._registry):
            if f.atexit:
                f()
