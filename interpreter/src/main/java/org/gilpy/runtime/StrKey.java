package org.gilpy.runtime;

/**
 * A str key as one access site in compiled code uses it (an attribute name, a global
 * name): the interned identifier, its Python hash computed once, and the entry position
 * where the site last found it. Instances of one class usually fill their dicts in the
 * same order, and a module's globals stay where they are, so checking that one position
 * first mostly saves the probe of the hash table's index.
 *
 * <p>For instance dicts in split form the site remembers the last {@link KeyLayout} it met
 * with the key's position in it, and the last layout transition it made by adding the key,
 * so that reading, rewriting and adding an attribute in {@code __init__} each cost one
 * reference comparison while the instances it sees share their layout.
 */
public final class StrKey {
    final String name;
    final long hash;
    /** Where the key was last found in a table's dense entries; only a guess, checked on use. */
    int position;
    /** The last layout this site looked the key up in, and the key's position there (-1: absent). */
    KeyLayout layout;
    int layoutPosition;
    /** The last layout transition this site made by adding the key. */
    KeyLayout addedFrom;
    KeyLayout addedTo;
    /** The binding of this name in the last namespace with stable names it was written to. */
    StableNames.Binding binding;

    public StrKey(String name) {
        this.name = name.intern();
        this.hash = PyHash.hashString(name);
    }

    /**
     * Looks the key up in {@code l}, a layout other than the last one, and remembers the
     * answer for the next access. Sites that see several layouts (a base class's method
     * running on instances of its subclasses) mostly find the key where they last did.
     */
    int learn(KeyLayout l) {
        int pos = layoutPosition;
        if (pos < 0 || pos >= l.size() || l.keyAt(pos) != name) {
            pos = l.indexOfInterned(name);
        }
        layoutPosition = pos;
        layout = l;
        return pos;
    }

    public String name() {
        return name;
    }
}
