package org.gilpy.runtime;

/** Python's range object, restricted to long bounds (the common case by far). */
public final class PRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PRange(long start, long stop, long step) {
        super(PythonTypes.get().range);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long item(long i) {
        return start + i * step;
    }
}
