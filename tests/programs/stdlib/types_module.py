# types: the type names, SimpleNamespace, and types.coroutine for generator-based coroutines.
import types, asyncio
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"), ns == types.SimpleNamespace(a=2))
ns.c = [1]
print(repr(ns), types.SimpleNamespace())
class Sub(types.SimpleNamespace):
    pass
print(Sub(z=3))
def f(): pass
async def co(): pass
def gen(): yield 1
print(isinstance(f, types.FunctionType), isinstance(gen(), types.GeneratorType), types.FunctionType.__name__)
c = co(); print(isinstance(c, types.CoroutineType)); c.close()
print(types.ModuleType.__name__, types.NoneType, types.BuiltinFunctionType.__name__, types.MethodType.__name__)

@types.coroutine
def legacy_sleep():
    yield

@types.coroutine
def legacy_value(x):
    got = yield
    return x * 3

async def main():
    await legacy_sleep()
    print("legacy", await legacy_value(5))
asyncio.run(main())
print(legacy_value.__name__)
try:
    hash(ns)
except TypeError:
    print("unhashable")
