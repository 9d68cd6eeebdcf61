"""except* and exception groups: split by type, naked exceptions, bare re-raise keeping structure, new exceptions, else/finally."""
def show(label, f):
    try:
        f()
        print(label, "-> nothing escaped")
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))

def one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("  values:", repr(e), e.exceptions)
    except* TypeError as e:
        print("  types:", repr(e))
show("both handled", one)

def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print("  got", repr(e))
show("rest propagates", partial)

def naked():
    try:
        raise ValueError("plain")
    except* ValueError as e:
        print("  naked caught as", repr(e))
show("naked", naked)

def naked_unhandled():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  never")
show("naked unhandled", naked_unhandled)

def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [ValueError(2), OSError(3)])])
    except* ValueError:
        raise
    except* OSError as e:
        print("  os:", repr(e))
show("bare raise keeps structure", reraise)

def new_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
show("new exception", new_raise)

def else_finally():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")
show("else/finally", else_finally)

def nested():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("in", [ZeroDivisionError()]), KeyError("x")])
    except* (ZeroDivisionError, KeyError) as e:
        print("  tuple:", repr(e))
show("tuple of types", nested)

def bad_type():
    try:
        raise ExceptionGroup("eg", [ValueError()])
    except* ExceptionGroup:
        pass
show("except* ExceptionGroup", bad_type)

eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3)])])
m, r = eg.split(ValueError); print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))), eg.message, len(eg.exceptions), isinstance(eg, Exception))
print(repr(BaseExceptionGroup("b", [KeyboardInterrupt()])), type(BaseExceptionGroup("x", [ValueError()])).__name__)
import sys
def exc_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("  sys.exception():", repr(sys.exception()))
show("sys.exception", exc_inside)
