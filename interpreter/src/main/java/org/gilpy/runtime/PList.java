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

    /**
     * The item at {@code i}. Without a GIL another thread may have shrunk the list since the
     * caller checked the size: then this raises IndexError rather than a Java error.
     */
    public Object get(int i) {
        if (FreeThreading.active()) {
            synchronized (this) {
                if (i >= size) {
                    throw PythonErrors.indexError("list index out of range");
                }
                return items[i];
            }
        }
        return items[i];
    }

    /** The item at {@code i}, or null when the list is no longer that long (iterators without a GIL). */
    public Object getOrNull(int i) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return i < size ? items[i] : null;
            }
        }
        return i < size ? items[i] : null;
    }

    public void set(int i, Object value) {
        if (FreeThreading.active()) {
            synchronized (this) {
                if (i >= size) {
                    throw PythonErrors.indexError("list assignment index out of range");
                }
                items[i] = value;
            }
            return;
        }
        items[i] = value;
    }

    public void append(Object value) {
        if (FreeThreading.active()) {
            synchronized (this) {
                appendUnlocked(value);
            }
            return;
        }
        appendUnlocked(value);
    }

    private void appendUnlocked(Object value) {
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
    public synchronized void insert(int index, Object value) {
        if (size == items.length) {
            grow(size + 1);
        }
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = value;
        size++;
    }

    @TruffleBoundary
    public synchronized Object removeAt(int index) {
        if (index >= size) {
            throw PythonErrors.indexError("pop index out of range");
        }
        Object old = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return old;
    }

    @TruffleBoundary
    public synchronized void extend(Object[] more, int count) {
        if (size + count > items.length) {
            grow(size + count);
        }
        System.arraycopy(more, 0, items, size, count);
        size += count;
    }

    /** The items that slice {@code s} selects, as a new array. */
    public Object[] slice(PSlice s) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return Sequences.slice(items, size, s);
            }
        }
        return Sequences.slice(items, size, s);
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return Arrays.copyOf(items, size);
            }
        }
        return Arrays.copyOf(items, size);
    }

    /** Replaces the whole content (used by slice assignment and sort). */
    public synchronized void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.size = newSize;
    }

    public synchronized void clear() {
        items = new Object[4];
        size = 0;
    }
}
