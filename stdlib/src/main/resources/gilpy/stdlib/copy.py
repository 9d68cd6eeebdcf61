"""Shallow and deep copies (written for gilpy).

Built-in containers are copied directly; other objects through __copy__/__deepcopy__ when they
define them, else through __reduce_ex__ when they define one, else as a new instance of the
same class with a copy of the instance dict.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range, type(len), type(lambda: 0),
           type(Ellipsis), type(NotImplemented), frozenset)


def copy(x):
    """A shallow copy: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    if cls is tuple:
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy: containers and objects copied recursively, shared references kept shared."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        result = x
    elif cls is list:
        result = []
        memo[key] = result
        _keep_alive(x, memo)
        result.extend(deepcopy(item, memo) for item in x)
        return result
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        found = memo.get(key, _nil)
        if found is not _nil:
            return found
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        result = {}
        memo[key] = result
        _keep_alive(x, memo)
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    elif cls is set:
        result = {deepcopy(item, memo) for item in x}
    elif cls is bytearray:
        result = bytearray(x)
    else:
        copier = getattr(cls, "__deepcopy__", None)
        if copier is not None:
            result = copier(x, memo)
        else:
            result = _reconstruct(x, memo)
            return result
    if result is not x:
        memo[key] = result
        _keep_alive(x, memo)
    return result


def _keep_alive(x, memo):
    """Keeps x alive while memo is used, so that its id() is not reused by another object."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A new instance of x's class carrying (a deep copy of, when memo is given) x's state."""
    cls = type(x)
    reducer = getattr(cls, "__reduce_ex__", None)
    if reducer is not None and reducer is not getattr(object, "__reduce_ex__", None):
        return _from_reduce(x, reducer(x, 4), memo)
    reducer = getattr(cls, "__reduce__", None)
    if reducer is not None and reducer is not getattr(object, "__reduce__", None):
        return _from_reduce(x, reducer(x), memo)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args if memo is None else deepcopy(x.args, memo)
    elif isinstance(x, list):
        y = cls.__new__(cls)
        y.extend(x if memo is None else [deepcopy(v, memo) for v in x])
    elif isinstance(x, dict):
        y = cls.__new__(cls)
        for k, v in x.items():
            y[k if memo is None else deepcopy(k, memo)] = v if memo is None else deepcopy(v, memo)
    elif isinstance(x, tuple):
        y = tuple.__new__(cls, x if memo is None else [deepcopy(v, memo) for v in x])
    else:
        y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
        _keep_alive(x, memo)
    state = getattr(x, "__dict__", None)
    if state:
        getstate = getattr(cls, "__getstate__", None)
        if getstate is not None and getstate is not getattr(object, "__getstate__", None):
            state = getstate(x)
        if memo is not None:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


def _from_reduce(x, reduced, memo):
    if isinstance(reduced, str):
        return x
    func, args, *rest = reduced
    state = rest[0] if len(rest) > 0 else None
    listitems = rest[1] if len(rest) > 1 else None
    dictitems = rest[2] if len(rest) > 2 else None
    if memo is not None:
        args = deepcopy(args, memo)
    y = func(*args)
    if memo is not None:
        memo[id(x)] = y
    if state is not None:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if memo is not None else item)
    if dictitems is not None:
        for k, v in dictitems:
            if memo is not None:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y

