package org.gilpy.runtime;

/**
 * What CPython keeps in its PyThreadState: the Python call depth (for RecursionError) and
 * the exception currently being handled (for bare {@code raise}, {@code sys.exc_info()} and
 * implicit exception chaining). One per Java thread per context.
 */
public final class PythonThreadState {
    private final Thread thread;
    public int depth;
    private PException handled;

    public PythonThreadState(Thread thread) {
        this.thread = thread;
    }

    public Thread getThread() {
        return thread;
    }

    /** The exception being handled by the innermost active except clause, or null. */
    public PException getHandled() {
        return handled;
    }

    /** Sets the handled exception and returns the previous one, to be restored afterwards. */
    public PException swapHandled(PException e) {
        PException old = handled;
        handled = e;
        return old;
    }
}
