package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The hash table behind set and frozenset. Unlike dict, a set iterates in table order, so
 * this follows CPython's setobject.c layout (linear probes, then perturbation; resize when
 * 3/5 full) to print small-int sets in the order CPython prints them.
 */
public final class SetTable {
    private static final int LINEAR_PROBES = 9;
    private static final Object DUMMY = new Object();

    private Object[] table = new Object[8];
    private long[] hashes = new long[8];
    private int used;
    private int fill;
    private int modCount;

    public int size() {
        return used;
    }

    public int modCount() {
        return modCount;
    }

    public int slots() {
        return table.length;
    }

    /** The key at table slot {@code i}, or null for an empty or deleted slot. */
    public Object keyAt(int i) {
        Object[] t = table;
        Object k = i < t.length ? t[i] : null;
        return k == DUMMY ? null : k;
    }

    @TruffleBoundary
    public boolean contains(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return containsUnlocked(key);
            }
        }
        return containsUnlocked(key);
    }

    private boolean containsUnlocked(Object key) {
        return findSlot(key, PyHash.hash(key)) >= 0;
    }

    /** Adds the key; returns false when it was already present. */
    @TruffleBoundary
    public boolean add(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return addUnlocked(key);
            }
        }
        return addUnlocked(key);
    }

    private boolean addUnlocked(Object key) {
        long hash = PyHash.hash(key);
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeSlot = -1;
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) {
                    int slot = freeSlot >= 0 ? freeSlot : j;
                    if (freeSlot < 0) {
                        fill++;
                    }
                    table[slot] = key;
                    hashes[slot] = hash;
                    used++;
                    modCount++;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (k == DUMMY) {
                    if (freeSlot < 0) {
                        freeSlot = j;
                    }
                } else if (hashes[j] == hash && (k == key || PyEquality.equal(k, key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @TruffleBoundary
    public boolean remove(Object key) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return removeUnlocked(key);
            }
        }
        return removeUnlocked(key);
    }

    private boolean removeUnlocked(Object key) {
        int slot = findSlot(key, PyHash.hash(key));
        if (slot < 0) {
            return false;
        }
        table[slot] = DUMMY;
        used--;
        modCount++;
        return true;
    }

    /** Removes and returns an arbitrary element (the first in table order), or null. */
    public Object pop() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return popUnlocked();
            }
        }
        return popUnlocked();
    }

    private Object popUnlocked() {
        for (int i = 0; i < table.length; i++) {
            Object k = table[i];
            if (k != null && k != DUMMY) {
                table[i] = DUMMY;
                used--;
                modCount++;
                return k;
            }
        }
        return null;
    }

    public synchronized void clear() {
        table = new Object[8];
        hashes = new long[8];
        used = 0;
        fill = 0;
        modCount++;
    }

    public SetTable copy() {
        if (FreeThreading.active()) {
            synchronized (this) {
                return copyUnlocked();
            }
        }
        return copyUnlocked();
    }

    private SetTable copyUnlocked() {
        SetTable t = new SetTable();
        t.table = table.clone();
        t.hashes = hashes.clone();
        t.used = used;
        t.fill = fill;
        return t;
    }

    private int findSlot(Object key, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && (k == key || PyEquality.equal(k, key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void resize(int minUsed) {
        int newSize = 8;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        Object[] oldTable = table;
        long[] oldHashes = hashes;
        table = new Object[newSize];
        hashes = new long[newSize];
        fill = used;
        int mask = newSize - 1;
        for (int s = 0; s < oldTable.length; s++) {
            Object k = oldTable[s];
            if (k != null && k != DUMMY) {
                insertClean(k, oldHashes[s], mask);
            }
        }
    }

    private void insertClean(Object key, long hash, int mask) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }
}
