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

    /** The number of items; like CPython's len(), OverflowError when that is beyond a long. */
    public long length() {
        long n = unsignedLength();
        if (n < 0) {
            throw PythonErrors.overflow("Python int too large to convert to C ssize_t");
        }
        return n;
    }

    /**
     * The number of items as an unsigned long: a range of longs can hold up to 2**64 - 1 of them.
     * The differences are taken modulo 2**64, which is exact since stop and start are ordered.
     */
    private long unsignedLength() {
        if (step > 0) {
            return start < stop ? Long.divideUnsigned(stop - start - 1, step) + 1 : 0;
        }
        return start > stop ? Long.divideUnsigned(start - stop - 1, -step) + 1 : 0; // -MIN_VALUE is 2**63 unsigned
    }

    public boolean isEmpty() {
        return step > 0 ? start >= stop : start <= stop;
    }

    /** {@code v in self}, without computing the length (which may not fit a long). */
    public boolean contains(long v) {
        if (step > 0) {
            return v >= start && v < stop && Long.remainderUnsigned(v - start, step) == 0;
        }
        return v <= start && v > stop && Long.remainderUnsigned(start - v, -step) == 0;
    }

    /** {@code self == other}: the same items in the same order (the bounds may differ). */
    public boolean sameItems(PRange other) {
        long n = unsignedLength();
        return n == other.unsignedLength() && (n == 0 || (start == other.start && (n == 1 || step == other.step)));
    }

    /** What CPython hashes for a range: (len, start, step), with None for what equality ignores. */
    public PTuple hashKey() {
        long n = unsignedLength();
        Object len = n >= 0 ? (Object) n : PyInts.normalize(new java.math.BigInteger(Long.toUnsignedString(n)));
        return new PTuple(new Object[] {len, n == 0 ? PNone.NONE : start, n == 0 || n == 1 ? PNone.NONE : step});
    }

    public long item(long i) {
        return start + i * step;
    }
}
