package org.gilpy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * One awaitable step of an async generator: {@code __anext__()}/{@code asend(v)} (SEND),
 * {@code athrow(e)} (THROW) or {@code aclose()} (CLOSE). Awaiting it resumes the body; the
 * futures the body awaits pass through to whoever awaits this step, and the first
 * {@code yield v} ends the step with v (StopIteration(v) at the iterator level). The body's
 * end is StopAsyncIteration for SEND and THROW, and a plain end for CLOSE.
 */
public final class PAsyncGeneratorStep extends PyObject implements Resumable {
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
    @Override
    @TruffleBoundary
    public Object send(Object sent) {
        if (started) {
            return resume(() -> generator.body().send(sent));
        }
        return resume(switch (kind) {
            case SEND -> () -> generator.body().send(value);
            case THROW -> () -> generator.body().throwInto(exception);
            case CLOSE -> () -> generator.body().throwInto(PythonErrors.create("GeneratorExit", null));
        });
    }

    /** {@code step.throw(e)}: e goes to the body's pending await (a cancelled task, say). */
    @Override
    @TruffleBoundary
    public Object throwInto(PException thrown) {
        return resume(() -> generator.body().throwInto(thrown));
    }

    @Override
    @TruffleBoundary
    public void close() {
        done = true;
    }

    /** Runs the body to its next suspension and turns what it did into this step's outcome. */
    private Object resume(Supplier<Object> bodyStep) {
        checkNotDone();
        started = true;
        Object yielded;
        try {
            yielded = bodyStep.get();
        } catch (PException e) {
            throw finish(e);
        }
        return passUp(yielded);
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
