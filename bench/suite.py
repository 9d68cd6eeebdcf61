"""The benchmark suite (issue 7): every workload under ./gilpy and python3, interleaved, with
median steady-state round times, first-round (warm-up) times, process wall and CPU time and
peak RSS, and the ratios. Run it with CPython:  python3 bench/suite.py [--quick] [--only NAME,...]

Each workload script prints one line per round (bench/suite_workloads.py; Pool(2) uses
bench/process_workloads.py, as bench/processes.sh does).
gilpy gets more work per round (SCALE) and more rounds, so that its steady state is reached
and measured; all times are reported per unit of work (per SCALE 1). Prints a Markdown table.
"""
import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GILPY = os.path.join(ROOT, "gilpy")
WORKLOADS = os.path.join(ROOT, "bench", "suite_workloads.py")
PROCESSES = os.path.join(ROOT, "bench", "process_workloads.py")

# name, what it is, script, cpython (scale, rounds), gilpy (scale, rounds), steady-state target;
# gilpy's timed rounds follow at least WARM_UP seconds of untimed ones, then more until its
# rounds stop getting faster (suite_workloads.settle): its JIT takes 20-30 s to settle on 2
# cores, because HotSpot is still compiling the Graal compiler itself, and up to a minute on
# asyncio's many call targets; the table reports the warm-up each process took
WARM_UP = 30
# asyncio's event loop, tasks and futures are some 40 call targets that each compile for
# seconds (gather, _run_once, Task.__step_run: 2-3.5 s each at tier 2); its rounds keep
# improving slowly for 40-60 s, more slowly than settle() notices in 5-second windows
WARM_UP_AT_LEAST = {"asyncio": 75}
SINGLE = [
    ("fib", "recursive fib(30)", WORKLOADS, (1, 4), (10, 6), 8.0),
    ("loop", "numeric loop in a function, 10M iterations", WORKLOADS, (1, 3), (10, 6), 15.0),
    ("nbody", "nbody, 100k steps (floats)", WORKLOADS, (1, 3), (1, 6), 5.0),
    ("wordcount", "dict/str word count, 400k words", WORKLOADS, (1, 4), (3, 6), 1.5),
    ("objects", "class-heavy simulation, 1M method calls", WORKLOADS, (1, 4), (3, 6), 1.5),
    ("sort", "list comprehension and sorts, 1M items", WORKLOADS, (1, 3), (1, 4), 1.5),
    ("bigint", "factorial(5000) x10 (big ints)", WORKLOADS, (1, 4), (5, 6), 1.5),
    ("generators", "3-stage generator pipeline, 2M items", WORKLOADS, (1, 4), (2, 6), 1.5),
    ("asyncio", "10,000 asyncio tasks", WORKLOADS, (1, 4), (1, 6), 1.5),
]


def run(command, env=None):
    """(round times, wall seconds, CPU seconds, peak RSS in MB, warm-up seconds or 0) of one process."""
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out_file, stderr=err_file, cwd=ROOT,
                                   env=dict(os.environ, **(env or {})))
        _, status, usage = os.wait4(process.pid, 0)  # wait4: this process's own CPU time and peak RSS
        wall = time.perf_counter() - start
        out_file.seek(0)
        err_file.seek(0)
        out = out_file.read().decode()
        err = err_file.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(command)} failed ({code}):\n{err}")
    rounds = [float(line.split()[1]) for line in out.splitlines() if line.startswith("round ")]
    first = [float(line.split()[1]) for line in out.splitlines() if line.startswith("first ")]
    warm_up = sum(float(line.split()[1]) for line in out.splitlines() if line.startswith("warmup "))
    return first + rounds, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, warm_up


def measure(name, script, scale, rounds, interpreter, reps, warm_up=0):
    """Processes of one workload; each result's first round time is the cold one."""
    results = []
    for _ in range(reps):
        command = ([GILPY] if interpreter == "gilpy" else [sys.executable]) + [
            script, name, str(rounds), str(scale), str(warm_up)]
        results.append(run(command))
    return results


def summary(results, scale):
    """steady per-unit median (range), first round per unit, wall, CPU, RSS medians."""
    steady = []
    for rounds, *_ in results:
        steady.extend(t / scale for t in rounds[1:])  # after the cold first round (and any warm-up)
    first = statistics.median(r[0][0] / scale for r in results)
    return {
        "steady": statistics.median(steady), "lo": min(steady), "hi": max(steady), "first": first,
        "wall": statistics.median(r[1] for r in results), "cpu": statistics.median(r[2] for r in results),
        "rss": statistics.median(r[3] for r in results), "warm_up": statistics.median(r[4] for r in results),
    }


def fmt(seconds):
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def single_threaded(reps, only):
    print("| workload | gilpy steady s (range) | CPython steady s | speed-up (target) | gilpy first round s / warm-up s "
          "| gilpy process: wall / CPU / RSS | CPython process: wall / CPU / RSS |")
    print("|---|---|---|---|---|---|---|")
    for name, label, script, (c_scale, c_rounds), (g_scale, g_rounds), target in SINGLE:
        if only and name not in only:
            continue
        cpython_runs, gilpy_runs = [], []
        for _ in range(reps):  # interleaved
            cpython_runs += measure(name, script, c_scale, c_rounds, "cpython", 1)
            gilpy_runs += measure(name, script, g_scale, g_rounds, "gilpy", 1, WARM_UP_AT_LEAST.get(name, WARM_UP))
        c, g = summary(cpython_runs, c_scale), summary(gilpy_runs, g_scale)
        speedup = c["steady"] / g["steady"]
        mark = "yes" if speedup >= target else "no"
        print(f"| {label} | {fmt(g['steady'])} ({fmt(g['lo'])}..{fmt(g['hi'])}) | {fmt(c['steady'])} "
              f"| {speedup:.2f}x (>= {target:g}x: {mark}) | {fmt(g['first'])} / {g['warm_up']:.0f} "
              f"| {g['wall']:.1f} s / {g['cpu']:.1f} s / {g['rss']:.0f} MB "
              f"| {c['wall']:.1f} s / {c['cpu']:.1f} s / {c['rss']:.0f} MB |", flush=True)


def threads(reps):
    """Throughput of 1, 2, 4 threads on fixed total work, GIL on and off, beside CPython and C.
    Speed-ups are medians of per-round ratios (the 1-, 2- and 4-thread runs of one sweep round
    are adjacent), so that a slow stretch of this shared host hits both sides of a ratio. C's
    2-thread speed-up is measured right before each gilpy GIL-off process, in the same minutes."""
    spin = os.path.join("/tmp", f"gilpy-spin-{os.getpid()}")
    subprocess.run(["gcc", "-O2", "-pthread", "-o", spin, os.path.join(ROOT, "bench", "spin.c")], check=True)
    c_speedups = []

    def measure_c():
        out = subprocess.run([spin, "0.5"], capture_output=True, text=True, check=True).stdout
        c_speedups.append(float(next(line.split()[1] for line in out.splitlines()
                                     if line.startswith("two_over_one "))))

    rows = {}
    # gilpy warms up for 30 s first: the JIT (and HotSpot compiling the Graal compiler) would
    # otherwise share the two cores with the threads being measured. It gets 10 times the work
    # per round (2-thread rounds of about 0.23 s, CPython's take 1 s): with 5 times, starting and
    # joining the threads took a visible share of a 0.12 s round (GIL off: 1.72x at 5, 1.96x at 10).
    configs = [("CPython", [sys.executable], 1, 0), ("gilpy, GIL on", [GILPY], 10, 30),
               ("gilpy, GIL off", [GILPY, "-X", "gil=0"], 10, 30)]
    for label, interpreter, scale, warm_up in configs:
        times = {1: [], 2: [], 4: []}
        for _ in range(reps):
            if label == "gilpy, GIL off":
                measure_c()
            with tempfile.TemporaryFile() as out:
                subprocess.run(interpreter + [WORKLOADS, "threadsweep", "5", str(scale), str(warm_up)],
                               stdout=out, check=True, cwd=ROOT)
                out.seek(0)
                for line in out.read().decode().splitlines():
                    name, seconds = line.split()
                    times[int(name[len("threads"):])].append(float(seconds) / scale)
        rows[label] = ({count: statistics.median(values) for count, values in times.items()},
                       statistics.median(a / b for a, b in zip(times[1], times[2])),
                       statistics.median(a / b for a, b in zip(times[1], times[4])))
    os.remove(spin)
    c_speedup = statistics.median(c_speedups)
    print()
    print(f"| threads (same total work) | 1 thread s | 2 threads s | 4 threads s | 2 over 1 | "
          f"4 over 1 | target |")
    print("|---|---|---|---|---|---|---|")
    for label, (times, two, four) in rows.items():
        if label == "gilpy, GIL on":
            target = f">= 0.95x: {'yes' if two >= 0.95 else 'no'}"
        elif label == "gilpy, GIL off":
            target = f">= 0.9 x C's {c_speedup:.2f}: {'yes' if two >= 0.9 * c_speedup else 'no'} ({two / c_speedup:.2f})"
        else:
            target = ""
        print(f"| {label} | {fmt(times[1])} | {fmt(times[2])} | {fmt(times[4])} | {two:.2f}x | {four:.2f}x | {target} |")
    print(f"| C (bench/spin.c, beside each GIL-off process) | | | | "
          f"{c_speedup:.2f}x ({min(c_speedups):.2f}..{max(c_speedups):.2f}) | | |", flush=True)


def pool(reps):
    """Pool(2).map against sequential, interleaved in one process after a warm-up
    (bench/process_workloads.py, the workload of bench/processes.sh)."""
    rows = []
    for label, interpreter, iterations in (("CPython", [sys.executable], "6000000"), ("gilpy", [GILPY], "200000000")):
        sequential, pooled = [], []
        for _ in range(reps):
            with tempfile.TemporaryFile() as out:
                subprocess.run(interpreter + [PROCESSES, "pool", "5", iterations], stdout=out, check=True, cwd=ROOT)
                out.seek(0)
                for line in out.read().decode().splitlines():
                    seq, par = map(float, line.split())
                    sequential.append(seq)
                    pooled.append(par)
        ratios = sorted(s / p for s, p in zip(sequential, pooled))
        rows.append((label, statistics.median(sequential), statistics.median(pooled), statistics.median(ratios)))
    print()
    print("| Pool(2).map vs sequential (per run) | sequential s | Pool(2) s | speed-up (median of pairs) |")
    print("|---|---|---|---|")
    for label, sequential, pooled, ratio in rows:
        print(f"| {label} | {fmt(sequential)} | {fmt(pooled)} | {ratio:.2f}x |", flush=True)


def startup(reps):
    results = {}
    for label, command in (("CPython", [sys.executable, "-c", "print('hello')"]),
                           ("gilpy", [GILPY, "-c", "print('hello')"])):
        walls, rss = [], []
        for _ in range(reps):
            _, wall, _, peak, _ = run(command)
            walls.append(wall)
            rss.append(peak)
        results[label] = (statistics.median(walls), min(walls), max(walls), statistics.median(rss))
    print()
    print("| start-up of print('hello') | median s (range) | peak RSS | target |")
    print("|---|---|---|---|")
    for label, (median, lo, hi, rss) in results.items():
        target = f"<= 0.25 s: {'yes' if median <= 0.25 else 'no'}" if label == "gilpy" else ""
        print(f"| {label} | {median:.3f} ({lo:.3f}..{hi:.3f}) | {rss:.0f} MB | {target} |", flush=True)


def main():
    parser = argparse.ArgumentParser(description="gilpy's benchmark suite against CPython")
    parser.add_argument("--quick", action="store_true", help="one process per implementation and workload")
    parser.add_argument("--only", default="", help="comma-separated workloads (and threads, pool, startup)")
    args = parser.parse_args()
    reps = 1 if args.quick else 2
    only = {name for name in args.only.split(",") if name}
    gilpy_version = subprocess.run([GILPY, "-V"], capture_output=True, text=True, cwd=ROOT).stdout.strip()
    print(f"{time.strftime('%Y-%m-%d')}; {os.cpu_count()} cores, {platform.machine()}; "
          f"CPython {platform.python_version()} ({sys.executable}); {gilpy_version}; "
          f"{reps} interleaved process(es) per implementation and workload\n")
    if not only or only & {name for name, *_ in SINGLE}:
        single_threaded(reps, only)
    if not only or "threads" in only:
        threads(reps)
    if not only or "pool" in only:
        pool(reps)
    if not only or "startup" in only:
        startup(10)


if __name__ == "__main__":
    main()
