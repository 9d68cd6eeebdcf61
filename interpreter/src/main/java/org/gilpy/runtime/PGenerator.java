package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.MaterializedFrame;

/**
 * A generator: the suspended frame of a generator function plus the call target that
 * resumes it. Each resume re-enters the body, whose resumable nodes jump back to the
 * suspended {@code yield} (see {@code org.gilpy.nodes.generators}). A generator is a
 * {@link PIterator}, so for loops drive it without raising StopIteration.
 */
public final class PGenerator extends PIterator implements Resumable {
    /** What the body root returns when the generator finished instead of yielding. */
    public static final Object FINISHED = new Object();

    private final MaterializedFrame frame;
    private final RootCallTarget body;
    private final String name;
    private final String qualname;
    private boolean started;
    private boolean finished;
    private boolean running;
    private Object sent = PNone.NONE;
    private Object yielded; // from the yield that is suspending the body to the resume that returns it
    private PException thrown;
    private Object returnValue = PNone.NONE;
    private com.oracle.truffle.api.nodes.Node suspendedAt; // the yield or await it waits at

    public PGenerator(PythonClass cls, MaterializedFrame frame, RootCallTarget body, String name, String qualname) {
        super(cls);
        this.frame = frame;
        this.body = body;
        this.name = name;
        this.qualname = qualname;
    }

    public MaterializedFrame getFrame() {
        return frame;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isFinished() {
        return finished;
    }

    /** A coroutine that nothing has awaited (or sent into, or closed) yet. */
    public boolean isUnstartedCoroutine() {
        return !started && !finished && getPythonClass() == PythonTypes.get().coroutine;
    }

    public void suspendedAt(com.oracle.truffle.api.nodes.Node location) {
        if (suspendedAt != location) { // mostly the same yield: a read, not a store with its GC barrier
            suspendedAt = location;
        }
    }

    /** The function whose body this generator runs. */
    public PFunction getFunction() {
        Object[] args = frame.getArguments();
        return args.length > 0 && args[0] instanceof PFunction f ? f : null;
    }

    /**
     * {@code gi_frame}/{@code cr_frame}: None once finished; otherwise a frame snapshot at the
     * line it is suspended at (its first line before it started).
     */
    @TruffleBoundary
    public Object frameSnapshot() {
        PFunction function = getFunction();
        if (finished || function == null) {
            return PNone.NONE;
        }
        com.oracle.truffle.api.source.SourceSection at = suspendedAt == null ? null
                : suspendedAt.getEncapsulatingSourceSection();
        int line;
        if (at != null && started) {
            line = at.getStartLine();
        } else {
            com.oracle.truffle.api.source.SourceSection def = function.getCallTarget().getRootNode().getSourceSection();
            line = def == null ? 0 : def.getStartLine();
        }
        return new PFrame(function, line, null);
    }

    /** Hands the value of the yield in progress to the resume that ran the body. */
    public void setYielded(Object value) {
        yielded = value;
    }

    public Object takeYielded() {
        Object v = yielded;
        yielded = null;
        return v;
    }

    /** The value sent in by the resume in progress (None for next()). */
    public Object takeSent() {
        Object v = sent;
        if (v != PNone.NONE) {
            sent = PNone.NONE;
        }
        return v;
    }

    /** The exception thrown in by the resume in progress, or null. */
    public PException takeThrown() {
        PException e = thrown;
        if (e != null) {
            thrown = null;
        }
        return e;
    }

    public void finish(Object value) {
        finished = true;
        returnValue = value;
    }

    public Object getReturnValue() {
        return returnValue;
    }

    /**
     * Runs the generator to its next yield. Returns the yielded value, or FINISHED when the
     * body returned (the value is then in {@link #getReturnValue}).
     */
    @TruffleBoundary
    public Object resume(Object value, PException exception) {
        if (!beginResume(value, exception)) {
            return FINISHED;
        }
        try {
            return body.call(this);
        } finally {
            endResume();
        }
    }

    /** The body a resume runs, called with this generator as its only argument. */
    public RootCallTarget getBody() {
        return body;
    }

    /**
     * The first half of {@link #resume} for a caller that calls {@link #getBody()} itself
     * (and then {@link #endResume}): the checks and the hand-over of {@code value} or
     * {@code exception}. False when the generator has finished, so the body must not run.
     */
    public boolean beginResume(Object value, PException exception) {
        if (running) {
            throw alreadyExecuting();
        }
        if (finished) {
            if (exception != null) {
                throw exception;
            }
            return false;
        }
        if (!started && value != PNone.NONE && exception == null) {
            throw nonNoneToUnstarted();
        }
        // Resumes by next() hand over None and no exception, which the fields hold already:
        // compare before storing, so that the common resume writes only the running flag.
        if (!started) {
            started = true;
        }
        if (sent != value) {
            sent = value;
        }
        if (thrown != exception) {
            thrown = exception;
        }
        running = true;
        return true;
    }

    public void endResume() {
        running = false;
    }

    /**
     * {@link Resumable#step}'s rule for an exception thrown into a generator that never
     * started: it ends the generator before its first line runs. True when that applies
     * (the caller then raises the exception).
     */
    public boolean endsUnstarted(PException exception) {
        if (exception != null && !started) {
            finished = true;
            return true;
        }
        return false;
    }

    @TruffleBoundary
    private static PException alreadyExecuting() {
        return PythonErrors.valueError("generator already executing");
    }

    @TruffleBoundary
    private static PException nonNoneToUnstarted() {
        return PythonErrors.typeError("can't send non-None value to a just-started generator");
    }

    @Override
    public Object next() {
        Object v = resume(PNone.NONE, null);
        return v == FINISHED ? null : v;
    }

    @Override
    @TruffleBoundary
    public Object step(Object value, PException exception) {
        if (endsUnstarted(exception)) {
            throw exception;
        }
        Object v = exception == null ? resume(value, null) : resume(PNone.NONE, exception);
        return v == FINISHED ? new Finished(returnValue) : v;
    }

    /** {@code gen.send(value)}: the yielded value, or StopIteration carrying the return value. */
    @Override
    @TruffleBoundary
    public Object send(Object value) {
        Object v = resume(value, null);
        if (v == FINISHED) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    @Override
    @TruffleBoundary
    public Object throwInto(PException exception) {
        if (!started) {
            finished = true;
            throw exception;
        }
        Object v = resume(PNone.NONE, exception);
        if (v == FINISHED) {
            throw stopIteration(returnValue);
        }
        return v;
    }

    /** {@code gen.close()}: raises GeneratorExit at the yield; yielding again is a RuntimeError. */
    @Override
    @TruffleBoundary
    public void close() {
        if (finished || !started) {
            finished = true;
            return;
        }
        PythonTypes types = PythonTypes.get();
        try {
            Object v = resume(PNone.NONE, PythonErrors.create("GeneratorExit", null));
            if (v != FINISHED) {
                throw PythonErrors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PException e) {
            PythonClass cls = e.getPythonException().getPythonClass();
            if (!cls.isSubclassOf(types.generatorExit) && !cls.isSubclassOf(types.stopIteration)) {
                throw e;
            }
        }
    }

    public static PException stopIteration(Object value) {
        PythonClass cls = PythonTypes.get().stopIteration;
        return PythonErrors.create(cls, value == PNone.NONE ? new Object[0] : new Object[]{value});
    }
}
