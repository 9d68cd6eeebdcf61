"""argparse: positionals and options, actions, nargs, choices, groups, help/usage/error texts against CPython."""
import argparse, contextlib, io, sys

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            result = parser.parse_args(args)
        print(args, "->", result)
    except SystemExit as e:
        print(args, "-> exit", e.code)
        if out.getvalue(): print(out.getvalue(), end="")
        if err.getvalue(): print(err.getvalue(), end="")

p = argparse.ArgumentParser(prog="bench", description="Run CPU-bound work on several threads and compare the GIL on and off.", epilog="Example: bench 100 -w 4")
p.add_argument("n", type=int, help="iterations per worker")
p.add_argument("-w", "--workers", type=int, default=2, help="number of worker threads (default: %(default)s)")
p.add_argument("-m", "--mode", choices=["threads", "processes", "async"], default="threads", help="how to run the workers")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("--no-gil", action="store_true", help="run with the GIL disabled")
p.add_argument("--tag", action="append", help="tag the run")
p.add_argument("--ratio", type=float)
p.add_argument("files", nargs="*", help="input files")
for args in [["100"], ["100", "-w", "4", "-vv", "--no-gil", "a.txt", "b.txt"], ["5", "--workers=8", "--mode", "async", "--tag", "x", "--tag", "y"],
             ["7", "--work", "3"], ["--help"], [], ["abc"], ["1", "-m", "gpu"], ["1", "--bogus"], ["1", "-w"], ["1", "--ratio", "0.5", "-v", "-v"], ["1", "--", "-x"]]:
    run(p, args)
q = argparse.ArgumentParser(prog="tool")
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--fast", action="store_true")
g.add_argument("--slow", action="store_true")
q.add_argument("pair", nargs=2, metavar="P")
q.add_argument("opt", nargs="?", default="dflt")
q.add_argument("--level", type=int, choices=range(1, 4), required=True, help="1..3")
for args in [["--fast", "a", "b", "--level", "2"], ["--fast", "--slow", "a", "b"], ["a", "b", "--level", "1"], ["-h"], ["--slow", "x", "y", "z", "--level=3"]]:
    run(q, args)
r = argparse.ArgumentParser(prog="v", add_help=False)
r.add_argument("--version", action="version", version="%(prog)s 1.0")
r.add_argument("-x", action="store_const", const=42, default=0)
r.add_argument("rest", nargs="+")
run(r, ["--version"]); run(r, ["-x", "a", "b"]); run(r, [])
ns = argparse.Namespace(a=1, b="x"); print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns)
print(p.format_usage(), end="")
big = argparse.ArgumentParser(prog="very_long_program_name")
for i in range(8):
    big.add_argument(f"--option-number-{i}", metavar="VALUE", help=f"option {i} controls a setting that has a long description which wraps")
big.add_argument("target")
print(big.format_help())
