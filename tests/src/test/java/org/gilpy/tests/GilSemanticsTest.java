package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users observe of the GIL, checked end to end with real threads: CPython 3.10+'s
 * check points decide which races are visible, and without the GIL the built-in
 * containers stay intact.
 */
class GilSemanticsTest {
    @TempDir
    Path dir;

    private static final String RACE = """
            import sys, threading
            sys.setswitchinterval(0.0001)
            class Obj:
                pass
            obj = Obj()
            def add1(x):
                return x + 1
            def augmented(n):
                for _ in range(n):
                    obj.v += 1
            def through_call(n):
                for _ in range(n):
                    obj.v = add1(obj.v)
            for fn in (augmented, through_call):
                obj.v = 0
                threads = [threading.Thread(target=fn, args=(200000,)) for _ in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                print(fn.__name__, obj.v)
            """;

    @Test
    void checkPointsDecideWhichRacesAreVisible() throws IOException {
        Files.writeString(dir.resolve("race.py"), RACE);
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "race.py");
        String[] lines = r.stdout().split("\n");
        // No check point falls inside `obj.v += 1` (only at the loop's back-edge): never a lost update.
        assertEquals("augmented 800000", lines[0], r.stderr());
        // add1's entry is a check point between the read and the write of obj.v. With four
        // threads contending for 800,000 iterations at a 100 us switch interval there are
        // thousands of forced switches, each a chance to lose an update; seeing none would
        // mean the check point is missing.
        long throughCall = Long.parseLong(lines[1].split(" ")[1]);
        assertTrue(throughCall < 800000, "expected lost updates, got " + throughCall);
    }

    @Test
    void gilStatisticsReportEachThread() throws IOException {
        Files.writeString(dir.resolve("spin.py"), """
                import sys, threading
                sys.setswitchinterval(0.001)
                def spin():
                    x = 0
                    for i in range(300000):
                        x += i
                ts = [threading.Thread(target=spin, name=f"spinner{i}") for i in range(2)]
                [t.start() for t in ts]
                [t.join() for t in ts]
                """);
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", "gilstats", "spin.py");
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stderr().startsWith("GIL statistics (switch interval 1.0 ms"), r.stderr());
        assertTrue(r.stderr().contains("MainThread"), r.stderr());
        assertTrue(r.stderr().contains("spinner0") && r.stderr().contains("spinner1"), r.stderr());
        assertTrue(r.stderr().contains("switches per second:"), r.stderr());
    }

    /**
     * Fair share: three CPU-bound threads over 2 s each hold the GIL for about a third of
     * the time. CPython's policy hands the GIL to whichever waiter wakes first, so shares
     * vary; measured on this machine kind they stay within about 12% of 1/N over 1.5 s. The
     * bound allows 50%, so only starvation or a broken forced switch fails it.
     */
    @Test
    void cpuBoundThreadsShareTheGilFairly() throws IOException {
        Files.writeString(dir.resolve("fair.py"), """
                import sys, threading, time
                sys.setswitchinterval(0.001)
                stop = threading.Event()
                def spin():
                    x = 0
                    while not stop.is_set():
                        x += 1
                ts = [threading.Thread(target=spin, name=f"spinner{i}") for i in range(3)]
                [t.start() for t in ts]
                time.sleep(2)
                stop.set()
                [t.join() for t in ts]
                """);
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", "gilstats", "fair.py");
        double[] held = r.stderr().lines().filter(l -> l.startsWith("spinner"))
                .mapToDouble(l -> Double.parseDouble(l.trim().split("\\s+")[3])).toArray();
        assertEquals(3, held.length, r.stderr());
        double total = held[0] + held[1] + held[2];
        for (double h : held) {
            double share = h / total;
            assertTrue(share > 0.5 / 3 && share < 1.5 / 3, "unfair GIL share " + share + "\n" + r.stderr());
        }
        // FORCE_SWITCHING: after a forced drop with waiters, the next holder is always another thread
        assertTrue(r.stderr().contains("forced drops re-taken by the dropping thread while others waited: 0\n"), r.stderr());
    }

    private static final String STRESS = """
            import queue, sys, threading
            sys.setswitchinterval(0.00001)
            THREADS, N = 16, 2000
            lock = threading.Lock()
            totals = {"locked": 0}
            q = queue.Queue(maxsize=8)
            received = []
            shared = []
            def producer(k):
                for i in range(N):
                    with lock:
                        totals["locked"] += 1
                    shared.append((k, i))
                    if i % 50 == 0:
                        q.put((k, i))
            def consumer(expected):
                for _ in range(expected):
                    received.append(q.get())
                    q.task_done()
            per_producer = len(range(0, N, 50))
            c = threading.Thread(target=consumer, args=(THREADS * per_producer,))
            c.start()
            ps = [threading.Thread(target=producer, args=(k,)) for k in range(THREADS)]
            for t in ps:
                t.start()
            for t in ps:
                t.join()
            q.join()
            c.join()
            print(totals["locked"], len(shared), len(set(shared)), len(received), len(set(received)))
            """;

    /** Many threads, a tiny switch interval, locks, a bounded queue and shared containers; both GIL modes. */
    @Test
    void stressWithManyThreadsAndATinySwitchInterval() throws IOException {
        Files.writeString(dir.resolve("stress.py"), STRESS);
        String expected = "32000 32000 32000 640 640\n";
        for (String gil : new String[]{"gil=1", "gil=0"}) {
            ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", gil, "stress.py");
            assertEquals(expected, r.stdout(), gil + ": " + r.stderr());
            assertEquals("", r.stderr(), gil);
        }
    }

    @Test
    void containersStayIntactWithoutTheGil() throws IOException {
        Files.writeString(dir.resolve("nogil.py"), """
                import threading, sys
                from collections import deque
                items, d, s, dq = [], {}, set(), deque()
                popped = [0] * 4
                dequeued = [0] * 4
                def work(k):
                    for i in range(50000):
                        items.append(i)
                        d[(k, i)] = i
                        s.add((k, i))
                        if k % 2:
                            dq.append(i)
                        else:
                            dq.appendleft(i)
                        if i % 3 == 0:
                            try:
                                items.pop()
                                popped[k] += 1
                            except IndexError:
                                pass
                            try:
                                dq.popleft() if k % 2 else dq.pop()
                                dequeued[k] += 1
                            except IndexError:
                                pass
                ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                [t.start() for t in ts]
                [t.join() for t in ts]
                print(sys._is_gil_enabled(), len(items) + sum(popped), len(d), len(s), len(dq) + sum(dequeued))
                """);
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", "gil=0", "nogil.py");
        assertEquals("False 200000 200000 200000 200000\n", r.stdout(), r.stderr());
        assertEquals("", r.stderr());
    }

    /**
     * Instance dicts share key layouts between threads: 4 threads build instances whose
     * attributes come in two orders (racing to create the same layout transitions), delete and
     * re-add attributes, and write and delete 256 names on one shared instance (which outgrows
     * a shared layout while the others write). Expected output from CPython 3.12.
     */
    @Test
    void instanceDictsStayIntactUnderContention() throws IOException {
        Files.writeString(dir.resolve("dicts.py"), """
                import threading, sys
                sys.setswitchinterval(1e-6)
                class Node:
                    pass
                shared = Node()
                errors = []
                def work(k):
                    made = []
                    for i in range(20000):
                        o = Node()
                        if (i + k) % 2:  # two orders: threads race to create the same layout transitions
                            o.a = i; o.b = k; o.c = i + k
                        else:
                            o.c = i + k; o.b = k; o.a = i
                        if i % 7 == 0:
                            o.extra = k
                        if i % 11 == 0:
                            del o.b
                            o.b = k
                        made.append(o)
                        name = f"t{k}_{i % 64}"  # 256 names in all: the shared dict outgrows a shared layout
                        setattr(shared, name, i)
                        if i % 5 == 0:
                            delattr(shared, name)
                    for i, o in enumerate(made):
                        if (o.a, o.b, o.c) != (i, k, i + k) or (i % 7 == 0) != hasattr(o, "extra"):
                            errors.append((k, i))
                ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
                [t.start() for t in ts]
                [t.join() for t in ts]
                print(len(errors), len(vars(shared)), sum(vars(shared).values()))
                """);
        for (String gil : new String[]{"gil=1", "gil=0"}) {
            ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", gil, "dicts.py");
            assertEquals("0 208 4153240\n", r.stdout(), gil + ": " + r.stderr());
            assertEquals("", r.stderr(), gil);
        }
    }

    /**
     * logging's handler lock keeps every line whole, a shared random.Random stays consistent
     * and lru_cache counts every call, with 8 threads, a 1 microsecond switch interval, GIL
     * on and off.
     */
    @Test
    void stdlibStaysConsistentUnderContention() throws IOException {
        Files.writeString(dir.resolve("stdlib_threads.py"), """
                import io, logging, random, threading, sys, functools
                sys.setswitchinterval(1e-6)
                buf = io.StringIO()
                handler = logging.StreamHandler(buf)
                handler.setFormatter(logging.Formatter("%(threadName)s|%(message)s|end"))
                log = logging.getLogger("contention")
                log.addHandler(handler)
                log.setLevel(logging.INFO)
                log.propagate = False
                rng = random.Random(1)
                draws = []
                @functools.lru_cache(maxsize=None)
                def square(n):
                    return n * n
                def work(i):
                    for k in range(300):
                        log.info("message %d from %d", k, i)
                        draws.append(rng.random())
                        square(k % 50)
                threads = [threading.Thread(target=work, args=(i,), name=f"T{i}") for i in range(8)]
                for t in threads: t.start()
                for t in threads: t.join()
                lines = buf.getvalue().splitlines()
                whole = all(l.startswith("T") and l.endswith("|end") and l.count("|") == 2 for l in lines)
                per_thread = sorted(set(sum(1 for l in lines if l.startswith(f"T{i}|")) for i in range(8)))
                info = square.cache_info()
                print(len(lines), whole, per_thread, len(draws), all(0 <= d < 1 for d in draws), info.hits + info.misses, info.currsize)
                """);
        for (String gil : new String[]{"gil=1", "gil=0"}) {
            ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", gil, "stdlib_threads.py");
            assertEquals("2400 True [300] 2400 True 2400 50\n", r.stdout(), gil + ": " + r.stderr());
            assertEquals("", r.stderr(), gil);
        }
    }
}
