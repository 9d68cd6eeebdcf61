package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The insertion-ordered hash table behind dict (and the key storage of sets that only need
 * membership): an open-addressing index array over dense entry arrays, like CPython's
 * compact dict. Keys compare with Python's {@code ==} and {@link PyHash}, so {@code 1},
 * {@code 1.0} and {@code True} are one key, as in Python.
 *
 * <p>An instance dict starts in split form ({@link #forInstance}): its keys are a
 * {@link KeyLayout} shared with the other instances of its class, and the table holds
 * only the values, by layout position. The first operation a layout cannot express (a
 * deletion, a key that is not a str, too many keys) copies the layout's keys into the
 * table's own arrays, the combined form every other dict has from the start.
 *
 * <p>Deleted entries leave a null key in the dense arrays; a resize compacts them.
 * {@link #modCount} lets iterators detect a change in size during iteration. Without a GIL
 * (see {@link FreeThreading}) every operation holds the table's monitor.
 */
public final class HashTable {
    private static final int EMPTY = -1;
    private static final int DUMMY = -2;

    private int[] indices;  // combined form only, as are keys and hashes
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    /** The shared keys of the split form (live entries are exactly its keys), or null. */
    private KeyLayout layout;
    private int used;      // live entries
    private int filled;    // entries appended (live + deleted)
    private int modCount;

    public HashTable() {
        this(5);
    }

    /** A table that holds {@code expected} entries without resizing. */
    public HashTable(int expected) {
        int indexSize = 8;
        while (indexSize * 2 / 3 < expected) {
            indexSize <<= 1;
        }
        indices = newIndices(indexSize);
        int entries = indexSize * 2 / 3;
        keys = new Object[entries];
        values = new Object[entries];
        hashes = new long[entries];
    }

    private HashTable(KeyLayout layout, Object[] values) {
        this.layout = layout;
        this.values = values;
        this.used = layout.size();
        this.filled = used;
    }

    /** An empty instance dict in split form, with room for {@code expected} values. */
    public static HashTable forInstance(int expected) {
        return new HashTable(KeyLayout.EMPTY, new Object[Math.max(expected, 2)]);
    }

    private static int[] newIndices(int size) {
        int[] result = new int[size];
        java.util.Arrays.fill(result, EMPTY);
        return result;
    }

    public int size() {
        return used;
    }

    public int modCount() {
        return modCount;
    }

    /** Capacity of the dense arrays: entry positions 0..capacity()-1 may hold keys. */
    public int capacity() {
        return filled;
    }

    /** The key at entry {@code pos}, or null; bounds-safe against a concurrent resize without a GIL. */
    public Object keyAt(int pos) {
        KeyLayout l = layout;
        if (l != null) {
            return pos < l.size() ? l.keyAt(pos) : null;
        }
        Object[] k = keys;
        return pos < k.length ? k[pos] : null;
    }

    public Object valueAt(int pos) {
        Object[] v = values;
        return pos < v.length ? v[pos] : null;
    }

    public void setValueAt(int pos, Object value) {
        values[pos] = value;
    }

    @TruffleBoundary
    public Object get(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return getUnlocked(key);
            }
        }
        return getUnlocked(key);
    }

    private Object getUnlocked(Object key) {
        if (layout != null) {
            int pos = findInLayout(key);
            return pos < 0 ? null : values[pos];
        }
        int pos = find(key, PyHash.hash(key));
        return pos < 0 ? null : values[pos];
    }

    @TruffleBoundary
    public Object getStr(String key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return getStrUnlocked(key);
            }
        }
        return getStrUnlocked(key);
    }

    private Object getStrUnlocked(String key) {
        if (layout != null) {
            int pos = layout.indexOf(key);
            return pos < 0 ? null : values[pos];
        }
        int pos = find(key, PyHash.hashString(key));
        return pos < 0 ? null : values[pos];
    }

    /**
     * {@link #getStr} for compiled code. While every context runs with a GIL no lock is needed,
     * so it compiles inline: first the entry where this site last found the key (an identity
     * check of the interned name), then the probe; without a GIL it takes the locked path.
     */
    public Object getStrInline(StrKey key) {
        if (FreeThreading.active()) {
            return getStr(key.name);
        }
        KeyLayout l = layout;
        if (l != null) {
            int pos = key.layout == l ? key.layoutPosition : key.learn(l);
            return pos < 0 ? null : values[pos];
        }
        Object[] k = keys;
        int guess = key.position;
        if (guess < k.length && k[guess] == key.name) {
            return values[guess];
        }
        int pos = findInline(key.name, key.hash);
        if (pos < 0) {
            return null;
        }
        key.position = pos;
        return values[pos];
    }

    /** {@link #put} of a str key for compiled code; see {@link #getStrInline}. */
    public void putStrInline(StrKey key, Object value) {
        if (FreeThreading.active()) {
            put(key.name, value);
            return;
        }
        KeyLayout l = layout;
        if (l != null) {
            int pos = key.layout == l ? key.layoutPosition : key.learn(l);
            if (pos >= 0) {
                values[pos] = value;
            } else if (key.addedFrom == l && values.length > l.size()) {
                values[l.size()] = value; // the transition this site made before
                enterLayout(key.addedTo);
            } else {
                addOutOfLine(key, value);
            }
            return;
        }
        Object[] k = keys;
        int guess = key.position;
        if (guess < k.length && k[guess] == key.name) {
            values[guess] = value;
            return;
        }
        int pos = findInline(key.name, key.hash);
        if (pos >= 0) {
            values[pos] = value;
        } else {
            insertNewOutOfLine(key.name, key.hash, value);
            pos = filled - 1;
        }
        key.position = pos;
    }

    private int findInline(Object key, long hash) {
        int[] idx = indices;
        int mask = idx.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = idx[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                Object k = keys[ix];
                if (k == key || (hashes[ix] == hash && keysEqualOutOfLine(k, key))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    @TruffleBoundary
    private static boolean keysEqualOutOfLine(Object stored, Object key) {
        return keysEqual(stored, key);
    }

    @TruffleBoundary
    private void insertNewOutOfLine(Object key, long hash, Object value) {
        insertNew(key, hash, value);
    }

    /** Appends a str key absent from the split form's layout, leaving the split form if need be. */
    @TruffleBoundary
    private void addOutOfLine(StrKey key, Object value) {
        KeyLayout from = layout;
        KeyLayout next = from.with(key.name);
        if (next == null) {
            unshare();
            insertNew(key.name, key.hash, value);
            return;
        }
        appendToLayout(next, value);
        key.addedFrom = from;
        key.addedTo = next;
    }

    private void appendToLayout(KeyLayout next, Object value) {
        int pos = layout.size();
        if (pos == values.length) {
            values = java.util.Arrays.copyOf(values, Math.max(4, pos * 2));
        }
        values[pos] = value;
        enterLayout(next);
    }

    private void enterLayout(KeyLayout next) {
        layout = next;
        used++;
        filled++;
        modCount++;
    }

    /** The layout position of {@code key} in the split form, or -1; any key that equals a str finds it. */
    private int findInLayout(Object key) {
        if (key instanceof String s) {
            return layout.indexOf(s);
        }
        long hash = PyHash.hash(key);
        for (int i = 0; i < layout.size(); i++) {
            String k = layout.keyAt(i);
            if (PyHash.hashString(k) == hash && keysEqual(k, key)) {
                return i;
            }
        }
        return -1;
    }

    /** Leaves the split form: the layout's keys become this table's own. */
    private void unshare() {
        KeyLayout l = layout;
        int n = l.size();
        int indexSize = 8;
        while (indexSize * 2 / 3 < n + 1) {
            indexSize <<= 1;
        }
        int entries = indexSize * 2 / 3;
        indices = newIndices(indexSize);
        keys = new Object[entries];
        hashes = new long[entries];
        values = java.util.Arrays.copyOf(values, entries);
        for (int i = 0; i < n; i++) {
            keys[i] = l.keyAt(i);
            hashes[i] = PyHash.hashString(l.keyAt(i));
            placeIndex(hashes[i], i);
        }
        layout = null;
    }

    @TruffleBoundary
    public boolean containsKey(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return containsKeyUnlocked(key);
            }
        }
        return containsKeyUnlocked(key);
    }

    private boolean containsKeyUnlocked(Object key) {
        if (layout != null) {
            return findInLayout(key) >= 0;
        }
        return find(key, PyHash.hash(key)) >= 0;
    }

    @TruffleBoundary
    public void put(Object key, Object value) {
        if (FreeThreading.active()) {
            synchronized (this) {
                putUnlocked(key, value);
                return;
            }
        }
        putUnlocked(key, value);
    }

    private void putUnlocked(Object key, Object value) {
        if (layout != null) {
            int pos = findInLayout(key);
            if (pos >= 0) {
                values[pos] = value;
                return;
            }
            KeyLayout next = key instanceof String s ? layout.with(s) : null;
            if (next != null) {
                appendToLayout(next, value);
                return;
            }
            unshare();
        }
        long hash = PyHash.hash(key);
        int pos = find(key, hash);
        if (pos >= 0) {
            values[pos] = value;
            return;
        }
        insertNew(key, hash, value);
    }

    /** Removes the key and returns its value, or null when absent. */
    @TruffleBoundary
    public Object remove(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return removeUnlocked(key);
            }
        }
        return removeUnlocked(key);
    }

    private Object removeUnlocked(Object key) {
        if (layout != null) {
            if (findInLayout(key) < 0) {
                return null;
            }
            unshare();
        }
        long hash = PyHash.hash(key);
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return null;
            }
            if (ix >= 0 && hashes[ix] == hash && keysEqual(keys[ix], key)) {
                Object old = values[ix];
                indices[i] = DUMMY;
                keys[ix] = null;
                values[ix] = null;
                used--;
                modCount++;
                return old;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    /** Removes and returns the last live entry as {key, value}, or null when empty. */
    @TruffleBoundary
    public Object[] popLast() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return popLastUnlocked();
            }
        }
        return popLastUnlocked();
    }

    private Object[] popLastUnlocked() {
        if (layout != null) {
            unshare();
        }
        for (int pos = filled - 1; pos >= 0; pos--) {
            if (keys[pos] != null) {
                Object[] kv = {keys[pos], values[pos]};
                remove(kv[0]);
                return kv;
            }
        }
        return null;
    }

    public synchronized void clear() {
        if (layout != null) {
            layout = KeyLayout.EMPTY;
            java.util.Arrays.fill(values, null);
            used = 0;
            filled = 0;
            modCount++;
            return;
        }
        indices = newIndices(8);
        keys = new Object[5];
        values = new Object[5];
        hashes = new long[5];
        used = 0;
        filled = 0;
        modCount++;
    }

    public HashTable copy() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return copyUnlocked();
            }
        }
        return copyUnlocked();
    }

    private HashTable copyUnlocked() {
        if (layout != null) {
            return new HashTable(layout, values.clone());
        }
        HashTable t = new HashTable();
        t.indices = indices.clone();
        t.keys = keys.clone();
        t.values = values.clone();
        t.hashes = hashes.clone();
        t.used = used;
        t.filled = filled;
        return t;
    }

    private int find(Object key, long hash) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int ix = indices[i];
            if (ix == EMPTY) {
                return -1;
            }
            if (ix >= 0) {
                Object k = keys[ix];
                if (k == key || (hashes[ix] == hash && keysEqual(k, key))) {
                    return ix;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    private static boolean keysEqual(Object stored, Object key) {
        return stored == key || PyEquality.equal(stored, key);
    }

    private void insertNew(Object key, long hash, Object value) {
        if (filled == keys.length) {
            resize();
        }
        int pos = filled++;
        keys[pos] = key;
        values[pos] = value;
        hashes[pos] = hash;
        used++;
        modCount++;
        placeIndex(hash, pos);
    }

    private void placeIndex(long hash, int pos) {
        int mask = indices.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        indices[i] = pos;
    }

    private void resize() {
        int newUsable = Math.max(5, used * 3);
        int indexSize = 8;
        while (indexSize * 2 / 3 < newUsable) {
            indexSize <<= 1;
        }
        Object[] oldKeys = keys;
        Object[] oldValues = values;
        long[] oldHashes = hashes;
        int oldFilled = filled;
        indices = newIndices(indexSize);
        keys = new Object[indexSize * 2 / 3];
        values = new Object[keys.length];
        hashes = new long[keys.length];
        filled = 0;
        for (int p = 0; p < oldFilled; p++) {
            if (oldKeys[p] != null) {
                keys[filled] = oldKeys[p];
                values[filled] = oldValues[p];
                hashes[filled] = oldHashes[p];
                placeIndex(oldHashes[p], filled);
                filled++;
            }
        }
    }
}
