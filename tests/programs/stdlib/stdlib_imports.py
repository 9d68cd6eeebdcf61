"""Every module of the standard-library issue imports; heapq, types, sys, warnings, math extras against CPython."""
import random, logging, math, timeit, sys, datetime, types, functools, heapq, collections, itertools, bisect, operator
import contextlib, dataclasses, enum, string, textwrap, copy, traceback, warnings, weakref, io, json, statistics
import argparse, platform, socket, select, selectors, hashlib, gc, queue, threading, asyncio, concurrent.futures, multiprocessing
print("all imported")
print(heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
h = []; [heapq.heappush(h, x) for x in (5, 2, 9)]; print(heapq.heappop(h), heapq.heappushpop(h, 1), heapq.heapreplace(h, 7), h)
ns = types.SimpleNamespace(a=1, b="x"); print(ns, ns == types.SimpleNamespace(a=1, b="x"))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.FunctionType), types.GeneratorType)
print(sys.getsizeof(0) > 0, sys.getsizeof([1, 2, 3]) > sys.getsizeof([]), sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval()); sys.setswitchinterval(0.005)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", UserWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
print(repr(functools.partial(max, 1, key=None)))
print(math.frexp(8.0) if hasattr(math, "frexp") else "no frexp", math.ldexp(0.5, 4) if hasattr(math, "ldexp") else "no ldexp")
print(math.remainder(10, 3), math.nextafter(1, 2), math.ulp(1.0), math.dist((0, 0), (3, 4)), math.erf(0.5), math.cbrt(27), math.exp2(10), math.asinh(1), math.frexp(-0.1))
