package org.gilpy.runtime;

/**
 * Python's dict, and the namespace of modules, classes and instances. The hash table is
 * {@link HashTable}; this class adds the Python object identity.
 */
public final class PDict extends PyObject {
    private HashTable table;

    public PDict() {
        this(PythonTypes.get().dict);
    }

    public PDict(PythonClass cls) {
        super(cls);
        this.table = new HashTable();
    }

    /** A dict created before the built-in types exist (the type objects' own namespaces). */
    static PDict bootstrap() {
        return new PDict((PythonClass) null);
    }

    public HashTable table() {
        return table;
    }

    public void replaceTable(HashTable t) {
        this.table = t;
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

    public void put(Object key, Object value) {
        table.put(key, value);
    }

    public Object remove(Object key) {
        return table.remove(key);
    }

    public boolean containsKey(Object key) {
        return table.containsKey(key);
    }
}
