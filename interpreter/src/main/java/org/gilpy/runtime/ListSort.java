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
        if (key != PNone.NONE && key != PNone.NO_VALUE) {
            keys = new Object[size];
            for (int i = 0; i < size; i++) {
                keys[i] = PyCallables.call(key, items[i]);
            }
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = reverse ? size - 1 - i : i;
        }
        mergeSort(order, new Integer[size], 0, size, keys);
        Object[] sorted = new Object[size];
        for (int i = 0; i < size; i++) {
            sorted[reverse ? size - 1 - i : i] = items[order[i]];
        }
        System.arraycopy(sorted, 0, items, 0, size);
    }

    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                Integer x = a[i];
                int j = i - 1;
                while (j >= lo && PyCompare.lessThan(keys[x], keys[a[j]])) {
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
        if (!PyCompare.lessThan(keys[a[mid]], keys[a[mid - 1]])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (PyCompare.lessThan(keys[tmp[j]], keys[tmp[i]])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
