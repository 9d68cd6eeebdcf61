package org.gilpy.runtime;

import java.util.HashMap;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * The names of one dict (a module's globals, or the builtins) whose values compiled code
 * keeps as constants. Reading a global would otherwise be a hash lookup every time it runs,
 * and a call of a global function could not see its callee; instead the reading node keeps
 * the value together with the name's {@link Binding#unchanged()} assumption, and the dict
 * invalidates that when the name is bound again or deleted. A name rebound after code relied
 * on it is unstable from then on and its readers look it up each time again: a global that
 * keeps changing (a counter, a module-level loop variable) costs one deoptimisation, not one
 * per write.
 */
public final class StableNames {
    private final HashMap<String, Binding> bindings = new HashMap<>();

    /** One name of the dict. Writers reach it through their {@link StrKey} without a lookup. */
    public static final class Binding {
        private final StableNames owner;
        private final Assumption unchanged;
        /** Some reader keeps the value: the next write must invalidate. */
        private volatile boolean relied;
        private volatile boolean unstable;

        Binding(StableNames owner, String name) {
            this.owner = owner;
            this.unchanged = Truffle.getRuntime().createAssumption(name);
        }

        public Assumption unchanged() {
            return unchanged;
        }

        /** Rebound after a reader relied on it: readers must look it up each time. */
        public boolean isUnstable() {
            return unstable;
        }

        /** Called by a reader before it reads the value it will keep. */
        public void rely() {
            relied = true;
        }

        void written() {
            if (relied && !unstable) {
                unstable = true; // before the invalidation, so that deoptimised readers see it
                invalidate();
            }
        }

        @TruffleBoundary
        private void invalidate() {
            unchanged.invalidate();
        }
    }

    /** The binding of {@code name}, created on first use. */
    @TruffleBoundary
    public synchronized Binding binding(String name) {
        return bindings.computeIfAbsent(name, n -> new Binding(this, n));
    }

    /** {@code key} has been bound or deleted through a site's StrKey (global assignment in compiled code). */
    void written(StrKey key) {
        Binding b = key.binding;
        if (b == null || b.owner != this) {
            b = binding(key.name);
            key.binding = b;
        }
        b.written();
    }

    /** {@code key} has been bound or deleted by any other path. */
    @TruffleBoundary
    void written(Object key) {
        if (!(key instanceof String name)) {
            writtenAll(); // a str subclass may stand for a name; other keys are rare in a namespace
            return;
        }
        Binding b;
        synchronized (this) {
            b = bindings.get(name);
        }
        if (b != null) {
            b.written();
        }
    }

    /** The whole dict has changed (clear, popitem, replaced contents). */
    @TruffleBoundary
    synchronized void writtenAll() {
        for (Binding b : bindings.values()) {
            b.written();
        }
    }
}
