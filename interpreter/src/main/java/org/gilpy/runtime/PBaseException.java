package org.gilpy.runtime;

/**
 * An instance of BaseException or a subclass: {@code args}, the chaining links
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}) and the traceback.
 * Subclass-specific attributes ({@code StopIteration.value}, {@code SystemExit.code}, ...)
 * live in the instance dict.
 */
public final class PBaseException extends PyObject {
    private PTuple args;
    private PBaseException cause;
    private PBaseException context;
    private boolean suppressContext;
    private PTraceback traceback;
    private String groupMessage;     // the message of a BaseExceptionGroup, else null
    private PTuple groupExceptions; // the sub-exceptions of a BaseExceptionGroup, else null

    public PBaseException(PythonClass cls, PTuple args) {
        super(cls);
        this.args = args;
    }

    public PTuple getArgs() {
        return args;
    }

    public void setArgs(PTuple args) {
        this.args = args;
    }

    public PBaseException getCause() {
        return cause;
    }

    public void setCause(PBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public void clearCause() {
        this.cause = null;
        this.suppressContext = true;
    }

    public PBaseException getContext() {
        return context;
    }

    /** Sets {@code __context__} unless it would create a cycle, as CPython does. */
    public void setContext(PBaseException ctx) {
        if (ctx == this) {
            return;
        }
        for (PBaseException e = ctx; e != null; e = e.context) {
            if (e.context == this) {
                e.context = null;
                break;
            }
        }
        this.context = ctx;
    }

    public void setContextRaw(PBaseException ctx) {
        this.context = ctx;
    }

    public boolean isSuppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppress) {
        this.suppressContext = suppress;
    }

    public PTraceback getTraceback() {
        return traceback;
    }

    public void setTraceback(PTraceback traceback) {
        this.traceback = traceback;
    }

    /** The {@code exceptions} of an exception group, or null for other exceptions. */
    public PTuple getGroupExceptions() {
        return groupExceptions;
    }

    public String getGroupMessage() {
        return groupMessage;
    }

    public void makeGroup(String message, PTuple exceptions) {
        this.groupMessage = message;
        this.groupExceptions = exceptions;
    }

    @Override
    public boolean hasInstanceDict() {
        return true;
    }
}
