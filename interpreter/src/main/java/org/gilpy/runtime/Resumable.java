package org.gilpy.runtime;

/**
 * What generator-like objects share at the Python level ({@code send}, {@code throw},
 * {@code close}, {@code __next__}): generators and coroutines ({@link PGenerator}) and the
 * awaitable steps of async generators ({@link PAsyncGeneratorStep}). One set of built-in
 * methods (GeneratorMethods) serves all of them.
 */
public interface Resumable {
    /** The next value yielded after {@code value} is sent in; StopIteration at the end. */
    Object send(Object value);

    /** Raises {@code exception} at the suspension point; the next value yielded, or StopIteration. */
    Object throwInto(PException exception);

    void close();

    /**
     * One step of {@code yield from}/{@code await} delegation, without an exception for the
     * end: sends {@code value} in (or raises {@code exception} at the suspension point, when
     * not null) and returns the next value yielded, or a {@link Finished} with the result.
     * Awaiting builds no StopIteration per step this way.
     */
    Object step(Object value, PException exception);

    /** The end of a {@link #step}: the body returned, or the awaitable completed, with this value. */
    record Finished(Object value) {
    }
}
