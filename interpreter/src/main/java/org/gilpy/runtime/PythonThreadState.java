package org.gilpy.runtime;

/**
 * What CPython keeps in its PyThreadState: the Python call depth (for RecursionError) and
 * the exception currently being handled (for bare {@code raise}, {@code sys.exc_info()} and
 * implicit exception chaining), and the async generator hooks. One per Java thread per context.
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

    /** Counts a Python frame on this thread; RecursionError beyond {@code limit}. Pair with {@link #leaveFrame}. */
    public void enterFrame(int limit) {
        if (++depth > limit) {
            depth--;
            throw recursionError();
        }
    }

    public void leaveFrame() {
        depth--;
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static PException recursionError() {
        return PythonErrors.recursionError();
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

    /** sys.set_asyncgen_hooks: called with each async generator when it is first iterated (null: None). */
    private Object asyncgenFirstiter;
    private Object asyncgenFinalizer;

    public Object getAsyncgenFirstiter() {
        return asyncgenFirstiter;
    }

    public Object getAsyncgenFinalizer() {
        return asyncgenFinalizer;
    }

    public void setAsyncgenHooks(Object firstiter, Object finalizer) {
        asyncgenFirstiter = firstiter;
        asyncgenFinalizer = finalizer;
    }
}
