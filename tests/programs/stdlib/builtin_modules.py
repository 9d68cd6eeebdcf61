import math, os, sys, time

print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
print(math.pi, math.e, math.inf, math.log(math.e), math.log(8, 2), math.log2(1024), math.log10(1000), math.exp(0))
print(math.hypot(3, 4), math.sin(0), math.cos(0), math.atan2(1, 1) * 4 == math.pi, math.degrees(math.pi), math.trunc(-3.7))
print(math.comb(5, 2), math.perm(5, 2), math.isqrt(17), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print(len(str(math.factorial(1000))), math.isnan(float("nan")), math.isinf(-math.inf), math.modf(2.5))

t0 = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - t0
print(elapsed >= 0.009, isinstance(time.time(), float), time.monotonic() > 0, type(time.perf_counter_ns()).__name__)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, "PATH" in os.environ, os.getcwd() == os.path.abspath("."))
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y"), os.path.basename("/p/q.py"), os.path.dirname("/p/q.py"))
print(os.path.splitext("archive.tar.gz"), os.path.split("/a/b/c"), os.path.exists(__file__), os.path.isdir("."), os.sep)
print(os.path.normpath("a/./b/../c"), os.path.isabs("/x"), os.getenv("GILPY_SURELY_UNSET", "default"))
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.platform, sys.maxsize == 2**63 - 1)
print(type(sys.argv).__name__, sys.argv[0].endswith("builtin_modules.py"), "math" in sys.modules, sys.getrecursionlimit())
sys.stdout.write("written directly\n")
print("to stderr", file=sys.stderr)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
for bad in (0, -1):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError:", e)
