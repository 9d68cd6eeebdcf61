package org.gilpy.runtime;

/** Python's set and frozenset (told apart by class); elements live in a {@link SetTable}. */
public final class PSet extends PyObject {
    private SetTable table;

    public PSet(PythonClass cls) {
        super(cls);
        this.table = new SetTable();
    }

    public PSet(PythonClass cls, SetTable table) {
        super(cls);
        this.table = table;
    }

    public static PSet newSet() {
        return new PSet(PythonTypes.get().set);
    }

    public static PSet newFrozenSet() {
        return new PSet(PythonTypes.get().frozenset);
    }

    public SetTable table() {
        return table;
    }

    public void replaceTable(SetTable t) {
        this.table = t;
    }

    public boolean isFrozen() {
        return getPythonClass().isSubclassOf(PythonTypes.get().frozenset);
    }

    public int size() {
        return table.size();
    }
}
