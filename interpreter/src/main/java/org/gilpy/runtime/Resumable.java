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
}
