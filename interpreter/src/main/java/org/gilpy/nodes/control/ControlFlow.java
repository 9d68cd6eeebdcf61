package org.gilpy.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/**
 * The Java exceptions that implement break, continue and return. They are preallocated
 * singletons: a return value travels in a frame slot, so no exception object is created per
 * return, even in the interpreter.
 */
public final class ControlFlow {
    private ControlFlow() {
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }

    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ReturnException INSTANCE = new ReturnException();
    }
}
