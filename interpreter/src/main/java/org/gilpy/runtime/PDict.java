package org.gilpy.runtime;

/**
 * Python's dict, and the namespace of modules, classes and instances. The hash table is
 * {@link HashTable}; this class adds the Python object identity.
 */
public final class PDict extends PyObject {
    private HashTable table;
    private PythonClass owner; // the class whose namespace this is; told of every write

    public PDict() {
        this(PythonTypes.get().dict);
    }

    public PDict(PythonClass cls) {
        super(cls);
        this.table = new HashTable();
    }

    /** A plain dict sized for {@code expected} entries (instance dicts, sized by their class). */
    public PDict(int expected) {
        super(PythonTypes.get().dict);
        this.table = new HashTable(expected);
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

    public void replaceTable(HashTable t) {
        this.table = t;
        written();
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
    }

    public void put(Object key, Object value) {
        table.put(key, value);
        written();
    }

    public Object remove(Object key) {
        Object removed = table.remove(key);
        written();
        return removed;
    }

    public void clear() {
        table.clear();
        written();
    }

    /** Removes and returns the last inserted {key, value}, or null when empty (dict.popitem). */
    public Object[] popLast() {
        Object[] kv = table.popLast();
        written();
        return kv;
    }

    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }
}
