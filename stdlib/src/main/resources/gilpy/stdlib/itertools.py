"""Iterator building blocks (written for gilpy).

The infinite iterators are small classes (they have CPython's reprs); the rest are
generators behind functions that check their arguments at once, where CPython does.
"""

__all__ = ["accumulate", "batched", "chain", "combinations", "combinations_with_replacement",
           "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby", "islice",
           "pairwise", "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

_MAXSIZE = (1 << 63) - 1


class count:
    """start, start + step, start + 2 * step, ..."""

    def __init__(self, start=0, step=1):
        for value in (start, step):
            if not isinstance(value, (int, float)):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if self._step == 1 and type(self._step) is int:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


class repeat:
    """The object over and over, endlessly or a number of times."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._object
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._left})"


class cycle:
    """The items of the iterable, saved on the first pass and repeated forever."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for item in self._it:
                self._saved.append(item)
                return item
            if not self._saved:
                raise StopIteration
            self._index = 0
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def batched(iterable, n):
    if n < 1:
        raise ValueError("n must be at least one")
    return _batched(iter(iterable), n)


def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def chain(*iterables):
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterables):
    return _chain(iterables)


chain.from_iterable = _from_iterable


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for item in it:
        if not predicate(item):
            yield item
            break
    yield from it


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for item in it:
        if not predicate(item):
            return
        yield item


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for item in it:
        if not predicate(item):
            yield item


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for item in it:
        yield previous, item
        previous = item


def _slice_index(value, message):
    if value is None:
        return None
    try:
        index = value.__index__()
    except AttributeError:
        raise ValueError(message) from None
    if not 0 <= index <= _MAXSIZE:
        raise ValueError(message)
    return index


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop, step = (args + (None,))[:3]
    else:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    stop = _slice_index(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    start = _slice_index(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.") or 0
    step = _slice_index(step, "Step for islice() must be a positive integer or None.")
    if step == 0:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step or 1)


def _islice(it, start, stop, step):
    index = 0
    wanted = start
    for item in it:
        if stop is not None and index >= stop:
            return
        if index == wanted:
            yield item
            wanted += step
        index += 1
        if stop is not None and index >= stop:
            return


def zip_longest(*iterables, fillvalue=None):
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(iterators, fillvalue):
    if not iterators:
        return
    active = len(iterators)
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


class groupby:
    """(key, group) for each run of items with equal keys. Moving to the next run ends the
    previous group, as in CPython: a group must be consumed before the next() that follows."""

    _NOTHING = object()

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._key = key
        self._run_key = self._item_key = self._item = self._NOTHING
        self._run = None  # identifies the current run; older groups stop when it changes

    def __iter__(self):
        return self

    def _advance(self):
        item = next(self._it)
        self._item = item
        self._item_key = item if self._key is None else self._key(item)

    def __next__(self):
        self._run = object()
        # skip what is left of the current run (or read the first item)
        while self._item_key is self._NOTHING or (
                self._run_key is not self._NOTHING and self._item_key == self._run_key):
            self._advance()
        self._run_key = self._item_key
        return self._run_key, self._group(self._run_key, self._run)

    def _group(self, run_key, run):
        while self._run is run and self._item_key == run_key:
            yield self._item
            try:
                self._advance()
            except StopIteration:
                self._item_key = self._NOTHING
                self._exhausted()
                return

    def _exhausted(self):
        self._it = iter(())
        self._run_key = self._NOTHING


def tee(iterable, n=2):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def copy(own):
        while True:
            if not own:
                try:
                    item = next(it)
                except StopIteration:
                    return
                for buffer in buffers:
                    buffer.append(item)
            yield own.pop(0)

    return tuple(copy(buffer) for buffer in buffers)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [prefix + (item,) for prefix in result for item in pool]
    for combination in result:
        yield combination


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
