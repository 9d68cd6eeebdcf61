package org.gilpy.nodes.generators;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds a generator body to its root at a {@code yield}; the yielded value travels in the
 * generator ({@link org.gilpy.runtime.PGenerator#setYielded}). The resumable nodes it passes
 * through record where to come back to. Deliberately not caught by the plain try/with nodes:
 * those never contain a yield.
 *
 * <p>Each yield node throws one preallocated instance: it carries nothing that changes, so
 * threads may share it, and throwing it never allocates. A fresh exception per yield was
 * most of what a generator pipeline allocated, because compiled code kept it whenever it
 * left a loop.
 */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient com.oracle.truffle.api.nodes.Node location;

    /** {@code location} is the yield or await that suspends (for the generator's current line). */
    public YieldException(com.oracle.truffle.api.nodes.Node location) {
        this.location = location;
    }

    public com.oracle.truffle.api.nodes.Node getLocation() {
        return location;
    }
}
