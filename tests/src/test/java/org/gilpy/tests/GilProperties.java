package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of the GIL as Python code sees it. Each try runs a real multi-threaded
 * program; the tolerances are zero because these are guarantees, not averages.
 */
class GilProperties {
    /** sys.setswitchinterval keeps whole microseconds and reports them times 1e-6, as CPython does. */
    @Property(tries = 60)
    void switchIntervalRoundTrips(@ForAll @DoubleRange(min = 1e-6, max = 2.0) @Scale(9) double seconds) {
        String out = PythonEval.run("import sys\nsys.setswitchinterval(" + seconds + ")\nprint(repr(sys.getswitchinterval()))");
        double expected = (long) (seconds * 1e6) * 1e-6;
        assertEquals(expected, Double.parseDouble(out.strip()), 0.0, "interval " + seconds);
    }

    /**
     * Mutual exclusion and atomicity between check points: {@code obj.v += 1} has no check
     * point inside, so with the GIL on no update is ever lost, whatever the number of
     * threads and however short the switch interval.
     */
    @Property(tries = 6)
    void noUpdateIsLostBetweenCheckPoints(@ForAll @IntRange(min = 2, max = 5) int threads,
                                          @ForAll @IntRange(min = 1, max = 2000) int intervalMicros,
                                          @ForAll @IntRange(min = 5000, max = 40000) int iterations) throws IOException {
        Path dir = Files.createTempDirectory("gilprop");
        Files.writeString(dir.resolve("p.py"), String.join("\n",
                "import sys, threading",
                "sys.setswitchinterval(" + intervalMicros + " / 1e6)",
                "class Obj:",
                "    v = 0",
                "obj = Obj()",
                "def work():",
                "    for _ in range(" + iterations + "):",
                "        obj.v += 1",
                "ts = [threading.Thread(target=work) for _ in range(" + threads + ")]",
                "[t.start() for t in ts]",
                "[t.join() for t in ts]",
                "print(obj.v)", ""));
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "p.py");
        assertEquals((long) threads * iterations + "\n", r.stdout(), r.stderr());
    }

    /** With a single thread nobody ever waits, so the holder is never asked to drop the GIL. */
    @Property(tries = 3)
    void noForcedSwitchWithoutAWaiter(@ForAll @IntRange(min = 1, max = 500) int intervalMicros) throws IOException {
        Path dir = Files.createTempDirectory("gilprop");
        Files.writeString(dir.resolve("solo.py"), String.join("\n",
                "import sys",
                "sys.setswitchinterval(" + intervalMicros + " / 1e6)",
                "def f(x):",
                "    return x + 1",
                "total = 0",
                "for i in range(200000):",
                "    total = f(total)",
                "print(total)", ""));
        ProgramRunner.Result r = ProgramRunner.gilpy(dir, "-X", "gilstats", "solo.py");
        String mainRow = r.stderr().lines().filter(l -> l.startsWith("MainThread")).findFirst().orElseThrow();
        assertEquals("0", mainRow.trim().split("\\s+")[2], r.stderr());
    }
}
