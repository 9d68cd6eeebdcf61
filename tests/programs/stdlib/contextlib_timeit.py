"""contextlib (contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext, async variants) and timeit."""
import contextlib, io, sys, timeit
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t: print("inside", t)
try:
    with tag("i"): raise ValueError("x")
except ValueError as e: print("caught", e)
@contextlib.contextmanager
def swallow():
    try: yield
    except KeyError: print("swallowed")
with swallow(): raise KeyError(1)
with contextlib.suppress(FileNotFoundError, KeyError): {}["a"]
print("after suppress")
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.enter_context(tag("s"))
    stack.callback(print, "cb2")
    print("body")
with contextlib.nullcontext(5) as v: print(v)
class R:
    def close(self): print("closed")
with contextlib.closing(R()): pass
@tag("deco")
def f(): print("in f")
f(); f()
import asyncio
@contextlib.asynccontextmanager
async def actx():
    print("aenter"); yield 7; print("aexit")
async def main():
    async with actx() as v: print("got", v)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(actx()); print("stack", v)
asyncio.run(main())
t = timeit.Timer("x = sum(range(10))")
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)), timeit.timeit(lambda: None, number=10) >= 0, timeit.default_timer is __import__("time").perf_counter)
print(timeit.timeit("y = a * 2", setup="a = 21", number=5) > 0, timeit.repeat("pass", number=1, repeat=2).__len__())
n, tt = timeit.Timer("pass").autorange(); print(n >= 1, tt >= 0.2)
try:
    with tag("gen"): raise StopIteration("s")
except RuntimeError as e: print("RuntimeError", e)
except StopIteration as e: print("StopIteration", e)
