package org.gilpy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * One awaitable step of an async generator: {@code __anext__()}/{@code asend(v)} (SEND),
 * {@code athrow(e)} (THROW) or {@code aclose()} (CLOSE). Awaiting it resumes the body; the
 * futures the body awaits pass through to whoever awaits this step, and the first
 * {@code yield v} ends the step with v ({@link Resumable.Finished} for await, StopIteration(v)
 * at the iterator level). The body's end is StopAsyncIteration for SEND and THROW, and a
 * plain end for CLOSE.
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
        return raiseIfFinished(step(sent, null));
    }

    /** {@code step.throw(e)}: e goes to the body's pending await (a cancelled task, say). */
    @Override
    @TruffleBoundary
    public Object throwInto(PException thrown) {
        return raiseIfFinished(step(PNone.NONE, thrown));
    }

    @Override
    @TruffleBoundary
    public Object step(Object sent, PException thrown) {
        if (isPlainSend(thrown)) {
            PGenerator body = body();
            Object toSend = beginSend(sent);
            Object yielded;
            try {
                yielded = body.resume(toSend, null);
            } catch (PException e) {
                return finish(e);
            }
            return yielded == PGenerator.FINISHED ? bodyReturned() : passUp(yielded);
        }
        if (thrown != null) {
            return resume(() -> generator.body().throwInto(thrown));
        }
        if (started) {
            return resume(() -> generator.body().send(sent));
        }
        return resume(switch (kind) {
            case SEND -> () -> generator.body().send(value);
            case THROW -> () -> generator.body().throwInto(exception);
            case CLOSE -> () -> generator.body().throwInto(PythonErrors.create("GeneratorExit", null));
        });
    }

    /**
     * Whether a {@link #step} with {@code thrown} only sends a value into the body: then a
     * caller may resume {@link #body()} itself, bracketed by {@link #beginSend} and one of
     * {@link #passUp}, {@link #bodyReturned}, {@link #finish}, as {@link #step} does.
     */
    public boolean isPlainSend(PException thrown) {
        return thrown == null && (started || kind == Kind.SEND);
    }

    public PGenerator body() {
        return generator.body();
    }

    /** Starts a plain send; returns the value to send into the body. */
    public Object beginSend(Object sent) {
        checkNotDone();
        Object toSend = started ? sent : value;
        started = true;
        return toSend;
    }

    /** The body returned: the step ends with StopAsyncIteration (aclose(): completes). */
    public Object bodyReturned() {
        done = true;
        if (kind == Kind.CLOSE) {
            return new Finished(PNone.NONE);
        }
        throw stopAsyncIteration();
    }

    @TruffleBoundary
    private static PException stopAsyncIteration() {
        return PythonErrors.create(PythonTypes.get().stopAsyncIteration);
    }

    private static Object raiseIfFinished(Object stepResult) {
        if (stepResult instanceof Finished f) {
            throw PGenerator.stopIteration(f.value());
        }
        return stepResult;
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
            return finish(e);
        }
        return passUp(yielded);
    }

    private void checkNotDone() {
        if (done) {
            throw reused(kind);
        }
    }

    @TruffleBoundary
    private static PException reused(Kind kind) {
        return PythonErrors.runtimeError(kind == Kind.SEND ? "cannot reuse already awaited __anext__()/asend()"
                : "cannot reuse already awaited aclose()/athrow()");
    }

    /** A value the body yielded: either the step's result (Finished) or a future to pass up. */
    public Object passUp(Object yielded) {
        if (yielded instanceof PAsyncGenerator.Yielded y) {
            done = true;
            if (kind == Kind.CLOSE) {
                throw ignoredGeneratorExit();
            }
            return new Finished(y.value());
        }
        return yielded;
    }

    @TruffleBoundary
    private static PException ignoredGeneratorExit() {
        return PythonErrors.runtimeError("async generator ignored GeneratorExit");
    }

    /**
     * How the body's end (or error) ends this step: aclose() completes (Finished); anything
     * else raises, StopAsyncIteration when the body returned.
     */
    @TruffleBoundary
    public Object finish(PException e) {
        done = true;
        PythonTypes types = PythonTypes.get();
        PythonClass cls = e.getPythonException().getPythonClass();
        boolean returned = cls.isSubclassOf(types.stopIteration);
        if (kind == Kind.CLOSE && (returned || cls.isSubclassOf(types.generatorExit))) {
            return new Finished(PNone.NONE);
        }
        throw returned ? PythonErrors.create(types.stopAsyncIteration) : e;
    }
}
