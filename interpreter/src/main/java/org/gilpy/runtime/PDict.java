package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's dict, and the namespace of modules, classes and instances. The hash table is
 * {@link HashTable}; this class adds the Python object identity.
 */
public final class PDict extends PyObject {
    private HashTable table;
    private PythonClass owner; // the class whose namespace this is; told of every write
    /** Names whose values compiled code keeps (globals and builtins); told of every write. */
    private volatile StableNames stableNames;

    public PDict() {
        this(PythonTypes.get().dict);
    }

    public PDict(PythonClass cls) {
        super(cls);
        this.table = new HashTable();
    }

    private PDict(HashTable table) {
        super(PythonTypes.get().dict);
        this.table = table;
    }

    /**
     * An instance's {@code __dict__}: its keys shared with the other instances of the class
     * (see {@link KeyLayout}), with room for {@code expected} values (the class's hint).
     */
    public static PDict forInstance(int expected) {
        return new PDict(HashTable.forInstance(expected));
    }

    /** A dict created before the built-in types exist (the type objects' own namespaces). */
    static PDict bootstrap() {
        return new PDict((PythonClass) null);
    }

    public HashTable table() {
        return table;
    }

    /** Makes this dict the namespace of {@code cls}, whose lookup cache must see every write. */
    void ownedBy(PythonClass cls) {
        this.owner = cls;
    }

    private void written() {
        if (owner != null) {
            owner.changed();
        }
    }

    /** After a write of {@code key} by any path but a StrKey's. */
    private void written(Object key) {
        written();
        StableNames names = stableNames;
        if (names != null) {
            names.written(key);
        }
    }

    /** After a change of any number of keys. */
    private void writtenAll() {
        written();
        StableNames names = stableNames;
        if (names != null) {
            names.writtenAll();
        }
    }

    /** The binding of {@code name} in this dict, for compiled code that keeps its value. */
    @TruffleBoundary
    public StableNames.Binding stableBinding(String name) {
        StableNames names = stableNames;
        if (names == null) {
            synchronized (this) {
                names = stableNames;
                if (names == null) {
                    names = new StableNames();
                    stableNames = names;
                }
            }
        }
        return names.binding(name);
    }

    public void replaceTable(HashTable t) {
        this.table = t;
        writtenAll();
    }

    public int size() {
        return table.size();
    }

    public Object get(Object key) {
        return table.get(key);
    }

    public Object getStr(String key) {
        return table.getStr(key);
    }

    /** {@link #getStr} for compiled code. */
    public Object getStrInline(StrKey key) {
        return table.getStrInline(key);
    }

    /** {@link #put} of a str key for compiled code. */
    public void putStrInline(StrKey key, Object value) {
        table.putStrInline(key, value);
        written();
        StableNames names = stableNames;
        if (names != null) {
            names.written(key);
        }
    }

    public void put(Object key, Object value) {
        table.put(key, value);
        written(key);
    }

    public Object remove(Object key) {
        Object removed = table.remove(key);
        written(key);
        return removed;
    }

    public void clear() {
        table.clear();
        writtenAll();
    }

    /** Removes and returns the last inserted {key, value}, or null when empty (dict.popitem). */
    public Object[] popLast() {
        Object[] kv = table.popLast();
        writtenAll();
        return kv;
    }

    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }
}
