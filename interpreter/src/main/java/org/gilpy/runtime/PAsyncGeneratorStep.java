package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * One awaitable step of an async generator: {@code __anext__()}/{@code asend(v)} (SEND),
 * {@code athrow(e)} (THROW) or {@code aclose()} (CLOSE). Awaiting it resumes the body; the
 * futures the body awaits pass through to whoever awaits this step, and the first
 * {@code yield v} ends the step with v (StopIteration(v) at the iterator level). The body's
 * end is StopAsyncIteration for SEND and THROW, and a plain end for CLOSE.
 */
public final class PAsyncGeneratorStep extends PyObject {
    public enum Kind { SEND, THROW, CLOSE }

    private final PAsyncGenerator generator;
    private final Kind kind;
    private final Object value;
    private final PException exception;
    private boolean started;
    private boolean done;

    public PAsyncGeneratorStep(PAsyncGenerator generator, Kind kind, Object value, PException exception) {
        super(PythonTypes.get().asyncGeneratorStep);
        this.generator = generator;
        this.kind = kind;
        this.value = value;
        this.exception = exception;
    }

    /** {@code step.send(x)}: x goes to the body's pending await (ignored on the first call). */
    @TruffleBoundary
    public Object send(Object sent) {
        checkNotDone();
        PGenerator body = generator.body();
        Object yielded;
        try {
            if (started) {
                yielded = body.send(sent);
            } else {
                started = true;
                yielded = switch (kind) {
                    case SEND -> body.send(value);
                    case THROW -> body.throwInto(exception);
                    case CLOSE -> body.throwInto(PythonErrors.create("GeneratorExit", null));
                };
            }
        } catch (PException e) {
            throw finish(e);
        }
        return passUp(yielded);
    }

    /** {@code step.throw(e)}: e goes to the body's pending await (a cancelled task, say). */
    @TruffleBoundary
    public Object throwInto(PException thrown) {
        checkNotDone();
        started = true;
        Object yielded;
        try {
            yielded = generator.body().throwInto(thrown);
        } catch (PException e) {
            throw finish(e);
        }
        return passUp(yielded);
    }

    @TruffleBoundary
    public void close() {
        done = true;
    }

    private void checkNotDone() {
        if (done) {
            throw PythonErrors.runtimeError(kind == Kind.SEND ? "cannot reuse already awaited __anext__()/asend()"
                    : "cannot reuse already awaited aclose()/athrow()");
        }
    }

    /** A value the body yielded: either the step's result or a future to pass up. */
    private Object passUp(Object yielded) {
        if (yielded instanceof PAsyncGenerator.Yielded y) {
            done = true;
            if (kind == Kind.CLOSE) {
                throw PythonErrors.runtimeError("async generator ignored GeneratorExit");
            }
            throw PGenerator.stopIteration(y.value());
        }
        return yielded;
    }

    /** How the body's end (or error) ends this step. */
    private PException finish(PException e) {
        done = true;
        PythonTypes types = PythonTypes.get();
        PythonClass cls = e.getPythonException().getPythonClass();
        if (cls.isSubclassOf(types.exception("StopIteration"))) {
            return kind == Kind.CLOSE ? PGenerator.stopIteration(PNone.NONE) : PythonErrors.create("StopAsyncIteration", null);
        }
        if (kind == Kind.CLOSE && cls.isSubclassOf(types.exception("GeneratorExit"))) {
            return PGenerator.stopIteration(PNone.NONE);
        }
        return e;
    }
}
