package org.gilpy.runtime;

/**
 * A str key as one access site in compiled code uses it (an attribute name, a global
 * name): the interned identifier, its Python hash computed once, and the entry position
 * where the site last found it. Instances of one class usually fill their dicts in the
 * same order, and a module's globals stay where they are, so checking that one position
 * first mostly saves the probe of the hash table's index.
 */
public final class StrKey {
    final String name;
    final long hash;
    /** Where the key was last found in a table's dense entries; only a guess, checked on use. */
    int position;
    /** The binding of this name in the last namespace with stable names it was written to. */
    StableNames.Binding binding;

    public StrKey(String name) {
        this.name = name.intern();
        this.hash = PyHash.hashString(name);
    }

    public String name() {
        return name;
    }
}
