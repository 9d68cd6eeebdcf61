package org.gilpy.runtime.gil;

import com.oracle.truffle.api.nodes.Node;

/** {@code -X gil=0}: every thread runs Python code at once; all operations are no-ops. */
final class NoGil implements Gil {
    static final NoGil INSTANCE = new NoGil();

    private NoGil() {
    }

    @Override
    public boolean isEnabled() {
        return false;
    }

    @Override
    public void acquire(Node location) {
    }

    @Override
    public void release() {
    }

    @Override
    public void checkpoint(Node location) {
    }
}
