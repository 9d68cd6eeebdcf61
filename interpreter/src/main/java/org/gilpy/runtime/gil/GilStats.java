package org.gilpy.runtime.gil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code -X gilstats} reports: for each thread, how often it took the GIL, how often
 * it was forced to drop it, how long it held and waited for it, and its longest wait; and
 * the switch rate overall. Recorded only when asked for, in the GIL's slow paths.
 */
public final class GilStats {
    /** Counters of one thread; written only by that thread while it owns them. */
    static final class PerThread {
        final String javaName;
        String name;
        long acquisitions;
        long forcedDrops;
        long heldNanos;
        long waitedNanos;
        long longestWaitNanos;
        long heldSince;
        final int order;

        PerThread(String javaName, int order) {
            this.javaName = javaName;
            this.name = javaName;
            this.order = order;
        }
    }

    private final Map<Thread, PerThread> threads = new ConcurrentHashMap<>();
    private final long startNanos = System.nanoTime();
    private volatile long switches;
    private volatile long sameThreadRetakes;

    PerThread of(Thread t) {
        return threads.computeIfAbsent(t, k -> new PerThread(k.getName(), threads.size()));
    }

    void acquired(long waitedNanos, boolean switched) {
        PerThread p = of(Thread.currentThread());
        p.acquisitions++;
        p.waitedNanos += waitedNanos;
        p.longestWaitNanos = Math.max(p.longestWaitNanos, waitedNanos);
        p.heldSince = System.nanoTime();
        if (switched) {
            switches++;
        }
    }

    void released(boolean forced) {
        PerThread p = of(Thread.currentThread());
        if (p.heldSince != 0) {
            p.heldNanos += System.nanoTime() - p.heldSince;
            p.heldSince = 0;
        }
        if (forced) {
            p.forcedDrops++;
        }
    }

    /** A forced drop with waiters present was followed by the same thread taking the GIL again. */
    void sameThreadRetake() {
        sameThreadRetakes++;
    }

    /** How often a forced drop with waiters present was re-taken by the dropping thread (should stay 0). */
    public long sameThreadRetakes() {
        return sameThreadRetakes;
    }

    /** Names the current thread in the report (the Python thread name). */
    public void name(String pythonName) {
        of(Thread.currentThread()).name = pythonName;
    }

    public String report(double intervalMillis) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        List<PerThread> rows = new ArrayList<>(threads.values());
        rows.sort((a, b) -> Integer.compare(a.order, b.order));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("GIL statistics (switch interval %.1f ms, %.2f s)%n", intervalMillis, seconds));
        sb.append(String.format("%-24s %12s %12s %10s %10s %14s%n", "thread", "acquisitions", "forced drops", "held ms",
                "waited ms", "longest wait ms"));
        for (PerThread p : rows) {
            sb.append(String.format("%-24s %12d %12d %10.1f %10.1f %14.2f%n", p.name, p.acquisitions, p.forcedDrops,
                    p.heldNanos / 1e6, p.waitedNanos / 1e6, p.longestWaitNanos / 1e6));
        }
        sb.append(String.format("switches per second: %.1f%n", seconds > 0 ? switches / seconds : 0));
        sb.append(String.format("forced drops re-taken by the dropping thread while others waited: %d%n", sameThreadRetakes));
        return sb.toString();
    }
}
