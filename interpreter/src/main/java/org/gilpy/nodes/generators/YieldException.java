package org.gilpy.nodes.generators;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * Unwinds a generator body to its root at a {@code yield}, carrying the yielded value. The
 * resumable nodes it passes through record where to come back to. Deliberately not caught
 * by the plain try/with nodes: those never contain a yield.
 */
public final class YieldException extends ControlFlowException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;
    private final transient com.oracle.truffle.api.nodes.Node location;

    /** {@code location} is the yield or await that suspends (for the generator's current line). */
    public YieldException(Object value, com.oracle.truffle.api.nodes.Node location) {
        this.value = value;
        this.location = location;
    }

    public Object getValue() {
        return value;
    }

    public com.oracle.truffle.api.nodes.Node getLocation() {
        return location;
    }
}
