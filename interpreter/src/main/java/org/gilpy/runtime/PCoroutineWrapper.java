package org.gilpy.runtime;

/**
 * What {@code coroutine.__await__()} returns: an iterator over the coroutine, so that a
 * coroutine can be driven by {@code next}/{@code send} and by {@code yield from} in a
 * generator-based coroutine (a coroutine itself is not iterable). Every step goes to the
 * coroutine.
 */
public final class PCoroutineWrapper extends PIterator implements Resumable {
    private final PGenerator coroutine;

    public PCoroutineWrapper(PGenerator coroutine) {
        super(PythonTypes.get().coroutineWrapper);
        this.coroutine = coroutine;
    }

    @Override
    public Object next() {
        return coroutine.next();
    }

    @Override
    public Object send(Object value) {
        return coroutine.send(value);
    }

    @Override
    public Object throwInto(PException exception) {
        return coroutine.throwInto(exception);
    }

    @Override
    public void close() {
        coroutine.close();
    }

    @Override
    public Object step(Object value, PException exception) {
        return coroutine.step(value, exception);
    }
}
