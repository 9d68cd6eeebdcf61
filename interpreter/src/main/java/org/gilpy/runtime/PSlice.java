package org.gilpy.runtime;

/** Python's slice object; {@link #indices} resolves it against a sequence length. */
public final class PSlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PSlice(Object start, Object stop, Object step) {
        super(PythonTypes.get().slice);
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    /** Start, stop, step and length for a sequence of {@code length}, as slice.indices does. */
    public long[] indices(long length) {
        long st = step == PNone.NONE ? 1 : PyNumbers.asIndex(step);
        if (st == 0) {
            throw PythonErrors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = bound(start, st < 0 ? upper : lower, length, lower, upper);
        long e = bound(stop, st < 0 ? lower : upper, length, lower, upper);
        long count;
        if (st > 0) {
            count = s < e ? (e - s - 1) / st + 1 : 0;
        } else {
            count = s > e ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new long[]{s, e, st, count};
    }

    private static long bound(Object value, long dflt, long length, long lower, long upper) {
        if (value == PNone.NONE) {
            return dflt;
        }
        long v = PyNumbers.asIndexClamped(value);
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }
}
