package org.gilpy.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Java exception that carries a Python exception object up the stack. A Truffle
 * exception so that the polyglot layer reports it as a guest error rather than an
 * internal one.
 *
 * <p>{@link #frameRecorded} implements CPython's traceback rule: the first statement of a
 * frame that sees this exception records a traceback entry and sets the flag; leaving the
 * frame clears it, so the caller's statement records the next entry.
 */
public final class PException extends AbstractTruffleException {
    private static final long serialVersionUID = 1L;
    private final PBaseException pythonException;
    private boolean frameRecorded;

    public PException(PBaseException pythonException, Node location) {
        super(null, null, 0, location);
        this.pythonException = pythonException;
    }

    public PBaseException getPythonException() {
        return pythonException;
    }

    /** Records the statement that saw this exception in the current frame, once per frame. */
    public void recordFrame(String functionName, Node statement) {
        if (!frameRecorded) {
            frameRecorded = true;
            if (statement.getRootNode() instanceof org.gilpy.nodes.function.FunctionRootNode f && f.isHiddenFromTracebacks()) {
                return;
            }
            pythonException.setTraceback(new PTraceback(functionName, statement, pythonException.getTraceback()));
        }
    }

    /** Called when the exception leaves a Python frame. */
    public void leftFrame() {
        frameRecorded = false;
    }

    public boolean isFrameRecorded() {
        return frameRecorded;
    }

    @Override
    public String getMessage() {
        return PyObjects.exceptionSummary(pythonException);
    }
}
