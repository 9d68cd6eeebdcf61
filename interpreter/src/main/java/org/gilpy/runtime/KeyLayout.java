package org.gilpy.runtime;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The shape of an instance dict: an immutable, ordered list of str keys that many instance
 * dicts share, so that each of them only stores its values (CPython's key-sharing dicts,
 * PEP 412, built like a JIT's hidden classes). Layouts form a tree from {@link #EMPTY}:
 * adding key {@code k} to a dict whose layout is {@code L} moves it to {@code L.with(k)},
 * which is the same object for every dict that adds the same keys in the same order. So
 * the instances of a class that set their attributes in {@code __init__} end up on one
 * layout, and an access site can check one reference instead of probing a hash table.
 *
 * <p>A dict leaves the shared layouts for a hash table of its own ({@link HashTable}'s
 * combined form) when a key is deleted, a key is not a str, or the layout would exceed
 * {@link #MAX_KEYS}.
 */
public final class KeyLayout {
    /** Dicts with more keys than this have their own tables (the index here is a scan). */
    static final int MAX_KEYS = 30;

    public static final KeyLayout EMPTY = new KeyLayout(new String[0]);

    private final String[] keys;
    private Map<String, KeyLayout> transitions; // guarded by this

    private KeyLayout(String[] keys) {
        this.keys = keys;
    }

    public int size() {
        return keys.length;
    }

    String keyAt(int pos) {
        return keys[pos];
    }

    /** The position of {@code key}, or -1. Names are usually interned, so identity finds most. */
    @TruffleBoundary
    public int indexOf(String key) {
        int found = indexOfInterned(key);
        if (found >= 0) {
            return found;
        }
        String[] k = keys;
        for (int i = 0; i < k.length; i++) {
            if (k[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of an interned name, or -1: layouts hold interned keys, so identity decides. */
    int indexOfInterned(String key) {
        String[] k = keys;
        for (int i = 0; i < k.length; i++) {
            if (k[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The layout with {@code key} appended (the caller checked it is absent), or null when it
     * would have more than {@link #MAX_KEYS} keys.
     */
    @TruffleBoundary
    public synchronized KeyLayout with(String key) {
        if (keys.length >= MAX_KEYS) {
            return null;
        }
        if (transitions == null) {
            transitions = new HashMap<>(2);
        }
        KeyLayout next = transitions.get(key);
        if (next == null) {
            String[] grown = java.util.Arrays.copyOf(keys, keys.length + 1);
            grown[keys.length] = key.intern();
            next = new KeyLayout(grown);
            transitions.put(key, next);
        }
        return next;
    }
}
