"""The workloads of the benchmark suite (bench/suite.py); each runs unchanged under CPython
and gilpy:  python3 bench/suite_workloads.py NAME ROUNDS [SCALE [WARM_UP_SECONDS]]

Every round does the same work and prints "round SECONDS"; the first rounds include gilpy's
JIT warm-up, the later ones show its steady state. SCALE (default 1) multiplies the work, so
that both implementations can be given rounds of a useful length. The result of the work is
checked, so that neither implementation can skip it. (Pool(2) is measured with
process_workloads.py: gilpy runs a program that mentions that module with code sharing, which
would slow the others.)
"""
import sys
import statistics
import time


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def w_fib(scale):
    for _ in range(scale):
        assert fib(30) == 832040


def numeric_loop(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * i) % 1_000_003
    return acc


def w_loop(scale):
    assert 0 <= numeric_loop(10_000_000 * scale) < 1_000_003  # used, so no compiler may drop the loop


def nbody_system():
    pi = 3.14159265358979323
    solar_mass = 4 * pi * pi
    days_per_year = 365.24
    # x, y, z, vx, vy, vz, mass: the sun and the four gas giants
    bodies = [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, solar_mass],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * days_per_year, 7.69901118419740425e-03 * days_per_year,
         -6.90460016972063023e-05 * days_per_year, 9.54791938424326609e-04 * solar_mass],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * days_per_year, 4.99852801234917238e-03 * days_per_year,
         2.30417297573763929e-05 * days_per_year, 2.85885980666130812e-04 * solar_mass],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * days_per_year, 2.37847173959480950e-03 * days_per_year,
         -2.96589568540237556e-05 * days_per_year, 4.36624404335156298e-05 * solar_mass],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * days_per_year, 1.62824170038242295e-03 * days_per_year,
         -9.51592254519715870e-05 * days_per_year, 5.15138902046611451e-05 * solar_mass],
    ]
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / solar_mass
    sun[4] = -py / solar_mass
    sun[5] = -pz / solar_mass
    return bodies


def energy(bodies):
    e = 0.0
    for i, b in enumerate(bodies):
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for c in bodies[i + 1:]:
            dx, dy, dz = b[0] - c[0], b[1] - c[1], b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, steps, dt):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def w_nbody(scale):
    bodies = nbody_system()
    before = energy(bodies)
    advance(bodies, 100_000 * scale, 0.01)
    after = energy(bodies)
    assert abs(before - -0.169075164) < 1e-9 and abs(after - before) < 1e-4


_WORDS = None


def _text():
    global _WORDS
    if _WORDS is None:
        vocabulary = ["gil", "thread", "lock", "queue", "process", "task", "loop", "await", "yield", "switch",
                      "interval", "python", "java", "truffle", "graal", "compile", "core", "wait", "run", "join"]
        state = 12345
        words = []
        for _ in range(400_000):
            state = (state * 1103515245 + 12345) % 2147483648
            words.append(vocabulary[state % len(vocabulary)] + str(state % 7))
        _WORDS = " ".join(words)
    return _WORDS


def w_wordcount(scale):
    text = _text()
    for _ in range(scale):
        counts = {}
        for word in text.split():
            key = word.lower().strip(".,")
            counts[key] = counts.get(key, 0) + 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
        assert sum(counts.values()) == 400_000 and len(top) == 10


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.x < 0 or self.x > 100:
            self.vx = -self.vx
        if self.y < 0 or self.y > 100:
            self.vy = -self.vy

    def energy(self):
        return 0.5 * (self.vx * self.vx + self.vy * self.vy)


class World:
    def __init__(self, n):
        self.particles = [Particle(i % 100, (i * 7) % 100, (i % 5) - 2.0, (i % 3) - 1.0) for i in range(n)]

    def tick(self, dt):
        for p in self.particles:
            p.step(dt)

    def total_energy(self):
        return sum(p.energy() for p in self.particles)


def w_objects(scale):
    world = World(1000)
    for _ in range(1000 * scale):
        world.tick(0.1)
    assert world.total_energy() > 0


def w_sort(scale):
    for _ in range(scale):
        values = [(i * 7919) % 1_000_003 for i in range(1_000_000)]
        ordered = sorted(values)
        pairs = sorted([(v % 1000, v) for v in values[:300_000]], key=lambda p: (p[0], -p[1]))
        assert ordered[0] <= ordered[-1] and len(pairs) == 300_000


def w_bigint(scale):
    for _ in range(10 * scale):
        f = 1
        for i in range(2, 5001):
            f *= i
    assert f.bit_length() == 54233


def _numbers(n):
    for i in range(n):
        yield i


def _evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def _squares(source):
    for x in source:
        yield x * x


def w_generators(scale):
    n = 2_000_000 * scale
    total = sum(_squares(_evens(_numbers(n))))
    assert total == sum(i * i for i in range(0, n, 2))


def w_asyncio(scale):
    import asyncio

    async def sleeper(i):
        await asyncio.sleep(0.01)
        return i

    async def main():
        results = await asyncio.gather(*(sleeper(i) for i in range(10_000)))
        assert len(results) == 10_000

    for _ in range(scale):
        asyncio.run(main())


def _spin(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1_000_003
    return acc


def _threads(count, scale):
    import threading
    total = 10_000_000 * scale
    results = []
    threads = [threading.Thread(target=lambda: results.append(_spin(total // count))) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == count  # the results are used, so no compiler may drop the loops


def w_threads1(scale):
    _threads(1, scale)


def w_threads2(scale):
    _threads(2, scale)


def w_threads4(scale):
    _threads(4, scale)


def thread_sweep(rounds, scale, warm_up_seconds):
    """1, 2 and 4 threads in turn, after warming up; one "threadsN SECONDS" line per
    measurement. In one process, so that gilpy's JIT warm-up (some 20-30 s on 2 cores, the
    Graal compiler compiling itself) is paid once and not measured. The warm-up runs 2 threads
    for warm_up_seconds, then sweeps until the last three times of each thread count agree
    within 10% (at most 60 s more): the compiler keeps working on the thread start-up paths
    after the loop itself is compiled, on one of the two cores, and a round that shares a core
    with it measures the compiler, not the GIL (bench/gil.sh settles the same way)."""
    deadline = time.perf_counter() + warm_up_seconds
    while time.perf_counter() < deadline:
        _threads(2, scale)
    history = {1: [], 2: [], 4: []}
    deadline = time.perf_counter() + (60 if warm_up_seconds > 0 else 0)
    while time.perf_counter() < deadline:
        for count, times in history.items():
            start = time.perf_counter()
            _threads(count, scale)
            times.append(time.perf_counter() - start)
        if all(len(t) >= 3 and min(t[-3:]) >= 0.9 * max(t[-3:]) for t in history.values()):
            break
    for _ in range(rounds):
        for count in (1, 2, 4):
            start = time.perf_counter()
            _threads(count, scale)
            print(f"threads{count} {time.perf_counter() - start:.6f}", flush=True)


def settle(work, scale, times, seconds=5.0, most_seconds=60):
    """Untimed rounds after the fixed warm-up until rounds stop getting faster: the median of
    the rounds of the last `seconds` is within 5% of the median of those of the `seconds`
    before (at least 5 rounds each; at most most_seconds more). Code with many call targets
    (asyncio's event loop, tasks and futures) keeps gilpy's one compiler thread busy for 40 s
    and more on 2 cores; rounds measured before it is done measure the warm-up, not the steady
    state. The windows are seconds long because such rounds improve slowly and noisily."""
    deadline = time.perf_counter() + most_seconds
    while time.perf_counter() < deadline:
        recent = _last_seconds(times, len(times), seconds)
        before = _last_seconds(times, len(times) - len(recent), seconds)
        if len(before) >= 5 and statistics.median(recent) >= 0.95 * statistics.median(before):
            return
        start = time.perf_counter()
        work(scale)
        times.append(time.perf_counter() - start)


def _last_seconds(times, end, seconds):
    """The rounds ending before index `end` that took the last `seconds` (at least 5 rounds)."""
    start, total = end, 0.0
    while start > 0 and (total < seconds or end - start < 5):
        start -= 1
        total += times[start]
    return times[start:end]


def main():
    name = sys.argv[1]
    if name == "threadsweep":
        thread_sweep(int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))
        return
    rounds = int(sys.argv[2])
    scale = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    warm_up = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    work = globals()["w_" + name]
    # first, untimed rounds for warm_up seconds (gilpy's JIT settles in 20-30 s on 2 cores);
    # the first of them is reported, as the cost of a cold start
    began = time.perf_counter()
    deadline = began + warm_up
    untimed = []
    while time.perf_counter() < deadline:
        start = time.perf_counter()
        work(scale)
        untimed.append(time.perf_counter() - start)
        if len(untimed) == 1:
            print(f"first {untimed[0]:.6f}", flush=True)
    if warm_up > 0:
        settle(work, scale, untimed)
        print(f"warmup {time.perf_counter() - began:.6f}", flush=True)
    for _ in range(rounds):
        start = time.perf_counter()
        work(scale)
        print(f"round {time.perf_counter() - start:.6f}", flush=True)


if __name__ == "__main__":
    main()
