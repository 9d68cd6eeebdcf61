"""Timing small pieces of code (written for gilpy): Timer, timeit, repeat, default_timer.

A string statement is compiled into a function that runs it in a loop, as CPython does, so
the loop itself costs little; a callable is called in the loop.
"""
import itertools
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5

_TEMPLATE = """
def inner(_it, _timer{init}):
{setup}
    _t0 = _timer()
    for _i in _it:
{stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _indented(code, spaces):
    return "\n".join(" " * spaces + line for line in code.splitlines()) or " " * spaces + "pass"


class Timer:
    """Times executions of stmt after one execution of setup (strings or callables)."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = {} if globals is None else globals
        init = ""
        if isinstance(setup, str):
            setup_code = _indented(setup, 4)
        elif callable(setup):
            namespace["_setup"] = setup
            init += ", _setup=_setup"
            setup_code = "    _setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            stmt_code = _indented(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt_code = "        _stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = _TEMPLATE.format(stmt=stmt_code, setup=setup_code, init=init)
        exec(self.src, global_ns, namespace)
        self.inner = namespace["inner"]

    def timeit(self, number=default_number):
        """Seconds taken by number executions of the statement."""
        return self.inner(itertools.repeat(None, number), self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50, ... taking >= 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return number, time_taken
            i *= 10

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
