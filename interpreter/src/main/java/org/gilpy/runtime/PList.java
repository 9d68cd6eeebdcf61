package org.gilpy.runtime;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's list: a growable array. Kept as a plain array rather than a java.util.ArrayList so
 * that nodes can read items without interface calls.
 *
 * <p>A list created with only floats in it keeps them unboxed in a {@code double[]} (a storage
 * strategy, as PyPy and GraalPy have): {@code b[3] -= dx * cm} on such a list then stores a
 * double instead of allocating a Float, and compiled code that reads an item straight into
 * arithmetic never boxes it. The first item that is not a float (or an operation that
 * rearranges the list) moves the items to the Object array for good. Python sees no
 * difference: floats compare by value under {@code is} here ({@link PyObjects#is}).
 */
public final class PList extends PyObject {
    private Object[] items;   // null while the float strategy holds the items
    private double[] doubles; // the float strategy: non-null only while every item is a float
    private int size;

    public PList() {
        this(PythonTypes.get().list, new Object[4], 0);
    }

    public PList(Object[] items) {
        this(PythonTypes.get().list, items, items.length);
    }

    public PList(PythonClass cls, Object[] items, int size) {
        super(cls);
        this.size = size;
        if (size > 0 && items[0] instanceof Double && allFloats(items, size)) {
            double[] d = new double[items.length];
            for (int i = 0; i < size; i++) {
                d[i] = (Double) items[i];
            }
            this.doubles = d;
        } else {
            this.items = items;
        }
    }

    private static boolean allFloats(Object[] items, int size) {
        for (int i = 1; i < size; i++) {
            if (!(items[i] instanceof Double)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return size;
    }

    /** Leaves the float strategy: the items become boxed floats in the Object array. */
    @TruffleBoundary
    private void generalize() {
        double[] d = doubles;
        if (d == null) {
            return;
        }
        Object[] boxed = new Object[Math.max(4, d.length)];
        for (int i = 0; i < size; i++) {
            boxed[i] = d[i];
        }
        items = boxed;
        doubles = null;
    }

    private Object read(int i) {
        double[] d = doubles;
        return d != null ? (Object) d[i] : items[i];
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
                return read(i);
            }
        }
        return read(i);
    }

    /** The item at {@code i}, or null when the list is no longer that long (iterators without a GIL). */
    public Object getOrNull(int i) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return i < size ? read(i) : null;
            }
        }
        return i < size ? read(i) : null;
    }

    public void set(int i, Object value) {
        if (FreeThreading.active()) {
            synchronized (this) {
                if (i >= size) {
                    throw PythonErrors.indexError("list assignment index out of range");
                }
                write(i, value);
            }
            return;
        }
        write(i, value);
    }

    private void write(int i, Object value) {
        double[] d = doubles;
        if (d != null) {
            if (value instanceof Double v) {
                d[i] = v;
                return;
            }
            generalize();
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
        double[] d = doubles;
        if (d != null) {
            if (value instanceof Double v) {
                if (size == d.length) {
                    d = growDoubles(size + 1);
                }
                d[size++] = v;
                return;
            }
            generalize();
        }
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = value;
    }

    @TruffleBoundary
    private void grow(int minCapacity) {
        items = Arrays.copyOf(items, newCapacity(items.length, minCapacity));
    }

    @TruffleBoundary
    private double[] growDoubles(int minCapacity) {
        doubles = Arrays.copyOf(doubles, newCapacity(doubles.length, minCapacity));
        return doubles;
    }

    private static int newCapacity(int length, int minCapacity) {
        return Math.max(minCapacity, length + (length >> 1) + 4);
    }

    @TruffleBoundary
    public synchronized void insert(int index, Object value) {
        generalize();
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
        generalize();
        Object old = items[index];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        return old;
    }

    @TruffleBoundary
    public synchronized void extend(Object[] more, int count) {
        generalize();
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
                return Sequences.slice(objects(), size, s);
            }
        }
        return Sequences.slice(objects(), size, s);
    }

    /** A copy of the live items. */
    public Object[] toArray() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return Arrays.copyOf(objects(), size);
            }
        }
        return Arrays.copyOf(objects(), size);
    }

    /** The items as Objects (the float strategy's boxed, in an array the caller only reads). */
    @TruffleBoundary
    private Object[] objects() {
        double[] d = doubles;
        if (d == null) {
            return items;
        }
        Object[] boxed = new Object[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = d[i];
        }
        return boxed;
    }

    /** Replaces the whole content (used by slice assignment and sort). */
    public synchronized void setContent(Object[] newItems, int newSize) {
        this.items = newItems;
        this.doubles = null;
        this.size = newSize;
    }

    public synchronized void clear() {
        items = new Object[4];
        doubles = null;
        size = 0;
    }
}
