package org.gilpy.runtime;

/**
 * An iterator implemented in Java. {@link #next} returns null at the end instead of
 * raising StopIteration, so loops over built-in iterables never allocate an exception.
 */
public abstract class PIterator extends PyObject {
    protected PIterator(PythonClass cls) {
        super(cls);
    }

    protected PIterator() {
        super(PythonTypes.get().iterator);
    }

    /** The next item, or null when exhausted. */
    public abstract Object next();

    /** A hint for list() and friends; -1 when unknown. */
    public int lengthHint() {
        return -1;
    }
}
