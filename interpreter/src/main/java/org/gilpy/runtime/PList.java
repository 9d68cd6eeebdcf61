package org.gilpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's list: a growable Object array. Kept as a plain array rather than a
 * java.util.ArrayList so that nodes can read items without interface calls.
 */
public final class PList extends PyObject {
    private Object[] items;
    private int size;

    public PList() {
        this(PythonTypes.get().list, new Object[4], 0);
    }

    public PList(Object[] items) {
        this(PythonTypes.get().list, items, items.length);
    }

    public PList(PythonClass cls, Object[] items, int size) {
        super(cls);
        this.items = items;
        this.size = size;
    }

    public int size() {
        return size;
    }

    public Object get(int i) {
        return items[i];
    }

    public void set(int i, Object value) {
        items[i] = value;
    }

    public void append(Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        items = Arrays.copyOf(items, Math.max(minCapacity, items.length + (items.length >> 1) + 4));
    }

    @TruffleBoundary
    public void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    @TruffleBoundary
    public Object removeAt(int index) {
        Object old = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return old;
    }

    @TruffleBoundary
    public void extend(Object[] more, int count) {
        if (size + count > items.length) {
            grow(size + count);
        }
        System.arraycopy(more, 0, items, size, count);
        size += count;
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content (used by slice assignment and sort). */
    public void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public void clear() {
        items = new Object[4];
        size = 0;
    }
}
