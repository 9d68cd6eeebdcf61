def risky(n):
    if n == 0:
        raise ValueError("zero!")
    return 10 / n

for n in (2, 0):
    try:
        print(risky(n))
    except ValueError as e:
        print("caught", repr(e), e.args)
    else:
        print("no error")
    finally:
        print("finally", n)

try:
    1 / 0
except (TypeError, ZeroDivisionError) as e:
    print(type(e).__name__, e)

try:
    [][1]
except LookupError as e:
    print("lookup:", e)

try:
    {}["k"]
except KeyError as e:
    print("key:", e, repr(e))


class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("custom", 42)
except MyError as e:
    print(e, e.code, e.args, isinstance(e, Exception))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e.__context__), e.__cause__)

def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())

def finally_order():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f")
    return out
print(finally_order())

try:
    try:
        raise ValueError("x")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)

try:
    int("abc")
except ValueError as e:
    print(e)

try:
    undefined_name
except NameError as e:
    print(e)

try:
    None.attr
except AttributeError as e:
    print(e)

try:
    "a" + 1
except TypeError as e:
    print(e)

def f(a, b):
    pass

for args in [(1,), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)

try:
    f(1, 2, c=3)
except TypeError as e:
    print(e)

try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return True

with Ctx() as c:
    raise ValueError("suppressed")
print("after with")

import sys
try:
    raise TypeError("info")
except TypeError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())

def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("recursion:", e)

try:
    raise Exception("a", 1)
except Exception as e:
    print(e, str(e), repr(e))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), Exception in BaseException.__subclasses__())
