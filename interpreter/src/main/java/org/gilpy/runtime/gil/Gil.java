package org.gilpy.runtime.gil;

import java.util.function.LongSupplier;

import com.oracle.truffle.api.nodes.Node;

/**
 * The global interpreter lock of one context: only the thread holding it runs Python code.
 * The hand-off policy sits behind this small interface (DESIGN.md, "Threads and the GIL"):
 * {@link SwitchIntervalGil} is CPython's new GIL, {@link NoGil} is {@code -X gil=0}.
 *
 * <p>Holders call {@link #checkpoint} where CPython 3.10+ checks its eval breaker (loop
 * back-edges, function entry, after calls); blocking operations call {@link #release}
 * before they block and {@link #acquire} after.
 */
public interface Gil {
    boolean isEnabled();

    /** Takes the GIL for the current thread, waiting as long as necessary. */
    void acquire(Node location);

    /** Gives the GIL up voluntarily (before blocking): no forced-switch wait. */
    void release();

    /** Drops and re-takes the GIL if a waiter asked for it; nearly free otherwise. */
    void checkpoint(Node location);

    /** Called before a second (third, ...) Python thread starts: check points become live. */
    default void threadStarting() {
    }

    /**
     * Runs a blocking operation without the GIL (as CPython's Py_BEGIN_ALLOW_THREADS):
     * other threads run meanwhile; the GIL is taken back before Python code continues.
     */
    default <T> T blocking(Node location, java.util.function.Supplier<T> operation) {
        release();
        try {
            return operation.get();
        } finally {
            acquire(location);
        }
    }

    /** The statistics being recorded (-X gilstats), or null. */
    default GilStats getStats() {
        return null;
    }

    static Gil create(boolean enabled, LongSupplier intervalMicros, boolean withStats) {
        return enabled ? new SwitchIntervalGil(intervalMicros, withStats ? new GilStats() : null) : NoGil.INSTANCE;
    }
}
