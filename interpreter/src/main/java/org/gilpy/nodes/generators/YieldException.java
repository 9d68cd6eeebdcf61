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

    public YieldException(Object value) {
        this.value = value;
    }

    public Object getValue() {
        return value;
    }
}
