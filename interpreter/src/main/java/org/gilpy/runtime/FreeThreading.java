package org.gilpy.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.Truffle;

/**
 * Whether any context in this JVM runs without a GIL. While every context has one, Python
 * code never runs on two threads at once and the built-in containers need no locks; the
 * assumption lets compiled code drop the check entirely. The first context started with
 * {@code -X gil=0} invalidates it, and from then on containers lock per object (as
 * free-threaded CPython does), so concurrent use never corrupts them or raises a Java error.
 */
public final class FreeThreading {
    private static final Assumption GIL_EVERYWHERE = Truffle.getRuntime().createAssumption("every context runs with a GIL");

    private FreeThreading() {
    }

    /** True when containers must lock: some context runs without the GIL. */
    public static boolean active() {
        return !GIL_EVERYWHERE.isValid();
    }

    public static void enable() {
        GIL_EVERYWHERE.invalidate();
    }
}
