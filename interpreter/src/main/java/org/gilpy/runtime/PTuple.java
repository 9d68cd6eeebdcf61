package org.gilpy.runtime;

/** Python's tuple: an immutable Object array. */
public final class PTuple extends PyObject {
    public static final Object[] EMPTY_ITEMS = new Object[0];
    private final Object[] items;

    public PTuple(Object[] items) {
        super(PythonTypes.get().tuple);
        this.items = items;
    }

    public PTuple(PythonClass cls, Object[] items) {
        super(cls);
        this.items = items;
    }

    public static PTuple empty() {
        return new PTuple(EMPTY_ITEMS);
    }

    public static PTuple of(Object... items) {
        return new PTuple(items);
    }

    public Object[] getItems() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int i) {
        return items[i];
    }
}
