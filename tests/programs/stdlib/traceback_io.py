"""traceback (format_exc, print_exc, format_exception, stacks) and io (StringIO, BytesIO) against CPython."""
import traceback, io, sys, os
HERE = os.path.abspath(__file__)


def show(text):
    """Prints text with this file's path (which depends on the checkout) as HERE."""
    print(text.replace(HERE, "HERE"), end="")


def printed(function, *args):
    out = io.StringIO()
    function(*args, file=out)
    return out.getvalue()


def fail(n):
    if n == 0:
        raise ValueError("boom")
    fail(n - 1)
try:
    fail(2)
except ValueError:
    show(traceback.format_exc())
    show(printed(traceback.print_exc))
    print(traceback.format_exception_only(sys.exception()))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    show("".join(traceback.format_exception(e)))
    print(traceback.format_exception(type(e), e, e.__traceback__)[-1], end="")
print(traceback.format_exc(), end="")
def where():
    return traceback.extract_stack()
s = where(); print([(f.name, f.lineno, f.line) for f in s][-2:], s[-1][2])
show("".join(traceback.format_stack()[-1:]))
show(printed(traceback.print_stack))
buf = io.StringIO(); buf.write("héllo\nworld\n"); print(buf.getvalue(), buf.tell(), repr(buf.read()))
buf.seek(0); print(buf.readline(), buf.readlines(), buf.tell(), list(io.StringIO("a\nb")))
buf.seek(2); buf.write("XY"); print(repr(buf.getvalue())); buf.seek(0, 2); print(buf.tell())
print("x", 1, file=buf); print(repr(buf.getvalue())); buf.truncate(3); print(repr(buf.getvalue()))
with io.StringIO("abc") as f: print(f.read(2), f.read(), f.closed)
print(f.closed)
try: f.read()
except ValueError as e: print(e)
b = io.BytesIO(b"ab"); b.seek(0, 2); b.write(b"cd\nef"); print(b.getvalue(), b.tell()); b.seek(0); print(b.readline(), b.read(1), b.read())
try: io.StringIO().write(b"x")
except TypeError as e: print(e)
s = io.StringIO(); s.seek(3); s.write("z"); print(repr(s.getvalue()))
class Both(OSError, ValueError): pass
print(Both.__mro__[1:3], isinstance(Both(), ValueError))
