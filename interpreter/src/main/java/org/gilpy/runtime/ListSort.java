package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code list.sort} and {@code sorted}: a stable merge sort that compares with {@code <}
 * only, as CPython's does, so user classes need only {@code __lt__}. With {@code reverse}
 * the list is reversed before and after sorting, which keeps equal items in order.
 */
public final class ListSort {
    private ListSort() {
    }

    @TruffleBoundary
    public static void sort(Object[] items, int size, Object key, boolean reverse) {
        Object[] keys = items;
        boolean keyed = key != PNone.NONE && key != PNone.NO_VALUE;
        if (keyed) {
            keys = new Object[size];
            for (int i = 0; i < size; i++) {
                keys[i] = PyCallables.call(key, items[i]);
            }
        }
        IntOrder ints = IntOrder.of(keys, size);
        if (ints != null && !keyed) {
            sortLongs(items, ints.keys(), size, reverse);
            return;
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = reverse ? size - 1 - i : i;
        }
        KeyOrder keyOrder = ints != null ? ints : IntTupleOrder.of(keys, size);
        mergeSort(order, new int[size], 0, size, keyOrder != null ? keyOrder : new PythonOrder(keys));
        Object[] sorted = new Object[size];
        for (int i = 0; i < size; i++) {
            sorted[reverse ? size - 1 - i : i] = items[order[i]];
        }
        System.arraycopy(sorted, 0, items, 0, size);
    }

    /**
     * Ints sorted by themselves: equal ints cannot be told apart, so stability does not matter
     * and a primitive sort gives the same list.
     */
    private static void sortLongs(Object[] items, long[] values, int size, boolean reverse) {
        java.util.Arrays.sort(values, 0, size);
        for (int i = 0; i < size; i++) {
            items[reverse ? size - 1 - i : i] = values[i];
        }
    }

    /** Whether key {@code x} sorts before key {@code y}; the merge sort below compares only through this. */
    private interface KeyOrder {
        boolean less(int x, int y);
    }

    /** Ints that fit a long (a key function returned ints). */
    private record IntOrder(long[] keys) implements KeyOrder {
        @Override
        public boolean less(int x, int y) {
            return keys[x] < keys[y];
        }

        /** The order when every key is an int that fits a long (the common case), else null. */
        static IntOrder of(Object[] keys, int size) {
            long[] values = new long[size];
            for (int i = 0; i < size; i++) {
                if (!(keys[i] instanceof Long l)) {
                    return null;
                }
                values[i] = l;
            }
            return new IntOrder(values);
        }
    }

    /** Any keys: Python's {@code <}. */
    private record PythonOrder(Object[] keys) implements KeyOrder {
        @Override
        public boolean less(int x, int y) {
            return PyCompare.lessThan(keys[x], keys[y]);
        }
    }

    /**
     * Tuples of ints (sorting by {@code (a, b)} keys is common): compared as Python compares
     * tuples, element by element up to the first difference, on primitive longs.
     */
    private record IntTupleOrder(long[][] keys) implements KeyOrder {
        @Override
        public boolean less(int x, int y) {
            long[] a = keys[x];
            long[] b = keys[y];
            int n = Math.min(a.length, b.length);
            for (int i = 0; i < n; i++) {
                if (a[i] != b[i]) {
                    return a[i] < b[i];
                }
            }
            return a.length < b.length;
        }

        /** The order when every key is a plain tuple of ints that fit a long, else null. */
        static IntTupleOrder of(Object[] keys, int size) {
            PythonClass tuple = PythonTypes.get().tuple;
            long[][] values = new long[size][];
            for (int i = 0; i < size; i++) {
                if (!(keys[i] instanceof PTuple t) || t.getPythonClass() != tuple) {
                    return null;
                }
                Object[] items = t.getItems();
                long[] v = new long[items.length];
                for (int j = 0; j < v.length; j++) {
                    if (!(items[j] instanceof Long l)) {
                        return null;
                    }
                    v[j] = l;
                }
                values[i] = v;
            }
            return new IntTupleOrder(values);
        }
    }

    /** A stable merge sort of indices. */
    private static void mergeSort(int[] a, int[] tmp, int lo, int hi, KeyOrder keys) {
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && keys.less(x, a[j])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        if (!keys.less(a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            a[k++] = keys.less(tmp[j], tmp[i]) ? tmp[j++] : tmp[i++];
        }
        System.arraycopy(tmp, i, a, k, mid - i);
        k += mid - i;
        System.arraycopy(tmp, j, a, k, hi - j);
    }
}
