package org.gilpy.runtime;

/**
 * An async generator object (PEP 525). Its body runs as a plain generator that suspends for
 * two reasons: an {@code await} passes the awaited future up (to the event loop), a
 * {@code yield v} suspends with {@link Yielded}{@code (v)}. The awaitables that
 * {@code __anext__}, {@code asend}, {@code athrow} and {@code aclose} return
 * ({@link PAsyncGeneratorStep}) tell the two apart.
 */
public final class PAsyncGenerator extends PyObject {
    /** What the body's {@code yield v} suspends with; never visible to Python code. */
    public record Yielded(Object value) { }

    private final PGenerator body;
    private boolean hooksCalled;

    public PAsyncGenerator(PythonClass cls, PGenerator body) {
        super(cls);
        this.body = body;
    }

    /**
     * Before the first step: calls the thread's {@code firstiter} hook (sys.set_asyncgen_hooks),
     * through which an event loop learns which generators to close when it shuts down.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    public void callFirstiterHook(PythonThreadState threadState) {
        if (hooksCalled) {
            return;
        }
        hooksCalled = true;
        Object firstiter = threadState.getAsyncgenFirstiter();
        if (firstiter != null) {
            PyCallables.call(firstiter, this);
        }
    }

    PGenerator body() {
        return body;
    }

    public String getQualname() {
        return body.getQualname();
    }
}
