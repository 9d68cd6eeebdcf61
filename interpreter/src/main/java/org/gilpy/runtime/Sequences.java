package org.gilpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Index normalisation and slicing shared by list, tuple, str, bytes and range. */
public final class Sequences {
    private Sequences() {
    }

    /** Normalises a Python index (negative counts from the end) or raises IndexError/TypeError. */
    public static int index(Object key, long length, String what) {
        long i;
        if (key instanceof Long l) {
            i = l;
        } else if (key instanceof Boolean b) {
            i = b ? 1 : 0;
        } else {
            i = indexSlow(key, what);
        }
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PythonErrors.indexError(what + " index out of range");
        }
        return (int) i;
    }

    @TruffleBoundary
    private static long indexSlow(Object key, String what) {
        if (key instanceof PBigInt) {
            throw PythonErrors.indexError("cannot fit 'int' into an index-sized integer");
        }
        Object index = PyObjects.typeOf(key).lookup("__index__");
        if (index != null && !(index instanceof PBuiltinFunction)) {
            return PyNumbers.asIndex(PyCallables.call(index, key));
        }
        String kind = what.endsWith(" assignment") ? what.substring(0, what.length() - 11) : what;
        if (kind.equals("string")) {
            throw PythonErrors.typeError("string indices must be integers, not '" + PyObjects.typeName(key) + "'");
        }
        if (kind.equals("range object")) {
            throw PythonErrors.typeError("range indices must be integers or slices, not " + PyObjects.typeName(key));
        }
        throw PythonErrors.typeError(kind + " indices must be integers or slices, not " + PyObjects.typeName(key));
    }

    @TruffleBoundary
    public static Object[] slice(Object[] items, PSlice s) {
        return slice(items, items.length, s);
    }

    /** The slice of the first {@code length} entries of {@code items}. */
    public static Object[] slice(Object[] items, int length, PSlice s) {
        long[] idx = s.indices(length);
        int start = (int) idx[0];
        int step = (int) idx[2];
        int count = (int) idx[3];
        if (step == 1) {
            return Arrays.copyOfRange(items, start, start + count);
        }
        Object[] out = new Object[count];
        for (int k = 0; k < count; k++) {
            out[k] = items[start + k * step];
        }
        return out;
    }

    @TruffleBoundary
    public static String sliceString(String str, PSlice s) {
        long[] idx = s.indices(str.length());
        int start = (int) idx[0];
        int step = (int) idx[2];
        int count = (int) idx[3];
        if (step == 1) {
            return str.substring(start, start + count);
        }
        StringBuilder sb = new StringBuilder(count);
        for (int k = 0; k < count; k++) {
            sb.append(str.charAt(start + k * step));
        }
        return sb.toString();
    }

    @TruffleBoundary
    public static void assignSlice(PList list, PSlice s, Object[] values) {
        Object[] items = list.toArray();
        long[] idx = s.indices(items.length);
        int start = (int) idx[0];
        int step = (int) idx[2];
        int count = (int) idx[3];
        if (step == 1) {
            int stop = Math.max(start, start + count);
            Object[] result = new Object[items.length - count + values.length];
            System.arraycopy(items, 0, result, 0, start);
            System.arraycopy(values, 0, result, start, values.length);
            System.arraycopy(items, stop, result, start + values.length, items.length - stop);
            list.setContent(result, result.length);
            return;
        }
        if (values.length != count) {
            throw PythonErrors.valueError("attempt to assign sequence of size " + values.length
                    + " to extended slice of size " + count);
        }
        for (int k = 0; k < count; k++) {
            items[start + k * step] = values[k];
        }
        list.setContent(items, items.length);
    }

    @TruffleBoundary
    public static void deleteSlice(PList list, PSlice s) {
        Object[] items = list.toArray();
        long[] idx = s.indices(items.length);
        int start = (int) idx[0];
        int step = (int) idx[2];
        int count = (int) idx[3];
        boolean[] drop = new boolean[items.length];
        for (int k = 0; k < count; k++) {
            drop[start + k * step] = true;
        }
        Object[] result = new Object[items.length - count];
        int n = 0;
        for (int i = 0; i < items.length; i++) {
            if (!drop[i]) {
                result[n++] = items[i];
            }
        }
        list.setContent(result, n);
    }

    public static Object[] boxBytes(byte[] bytes) {
        Object[] out = new Object[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = (long) (bytes[i] & 0xff);
        }
        return out;
    }

    public static byte[] unboxBytes(Object[] values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            long v = PyNumbers.asIndex(values[i]);
            if (v < 0 || v > 255) {
                throw PythonErrors.valueError("bytes must be in range(0, 256)");
            }
            out[i] = (byte) v;
        }
        return out;
    }

    /** Repeats {@code items} {@code times} times ({@code seq * n}). */
    @TruffleBoundary
    public static Object[] repeat(Object[] items, long times) {
        if (times <= 0 || items.length == 0) {
            return PTuple.EMPTY_ITEMS;
        }
        if ((long) items.length * times > Integer.MAX_VALUE - 8) {
            throw PythonErrors.create("MemoryError", null);
        }
        Object[] out = new Object[(int) (items.length * times)];
        for (int k = 0; k < times; k++) {
            System.arraycopy(items, 0, out, k * items.length, items.length);
        }
        return out;
    }

    /** A position for insert() or index()'s bounds: negative counts from the end, then clamped to [0, length]. */
    public static int clampIndex(long i, int length) {
        return (int) (i < 0 ? Math.max(0, i + length) : Math.min(i, length));
    }

    /**
     * The first position in {@code items[from:to]} holding {@code value} (identity, then
     * {@code ==}, as {@code in}, {@code index} and {@code count} compare), or -1.
     */
    @TruffleBoundary
    public static int indexOf(Object[] items, Object value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (items[i] == value || PyEquality.equal(items[i], value)) {
                return i;
            }
        }
        return -1;
    }

    @TruffleBoundary
    public static long count(Object[] items, Object value) {
        long c = 0;
        for (Object item : items) {
            if (item == value || PyEquality.equal(item, value)) {
                c++;
            }
        }
        return c;
    }

    public static Object[] concat(Object[] a, Object[] b) {
        Object[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
