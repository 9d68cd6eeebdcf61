# inspect and asyncio predicates: coroutine, generator and async generator functions
# (through methods and partials), code objects and their flags.
async def a(): pass
def g(): yield 1
def f(): pass
async def ag(): yield 1
for fn in (a, g, f, ag):
    print(fn.__code__.co_flags & 0x80, fn.__code__.co_flags & 0x20, fn.__code__.co_flags & 0x200, fn.__code__.co_name)
import inspect
print(inspect.iscoroutinefunction(a), inspect.isgeneratorfunction(g), inspect.isasyncgenfunction(ag))
print(inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(a), inspect.isasyncgenfunction(a))
import asyncio, functools
class K:
    async def m(self): pass
print(asyncio.iscoroutinefunction(a), asyncio.iscoroutinefunction(K().m), asyncio.iscoroutinefunction(functools.partial(a)), asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(len))
coro, sleeper = a(), asyncio.sleep(0)
print(inspect.iscoroutine(coro), inspect.isawaitable(sleeper), inspect.isgenerator(g()), inspect.isasyncgen(ag()))
coro.close()
sleeper.close()
def h(x, y=1, *args, k, **kw): z = 1
c = h.__code__
print(c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames[:5], c.co_flags & 0xc, c.co_name, c.co_qualname, c.co_firstlineno, c.co_filename.endswith("py"))
print(inspect.isfunction(h), inspect.ismethod(K().m), inspect.isclass(K), inspect.isbuiltin(len), inspect.isroutine(print))
