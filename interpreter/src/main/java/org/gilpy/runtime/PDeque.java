package org.gilpy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code collections.deque}: a ring buffer with an optional maximum length. Every operation
 * is one step under the object's monitor when some context runs without a GIL (as
 * free-threaded CPython locks the deque), and unlocked otherwise. The mutation count lets
 * iterators report "deque mutated during iteration" as CPython does.
 */
public final class PDeque extends PyObject {
    private Object[] ring = new Object[8];
    private int head;
    private int size;
    /** -1 for unbounded. */
    private int maxlen = -1;
    private long mutations;

    public PDeque(PythonClass cls) {
        super(cls);
    }

    private <T> T step(Supplier<T> operation) {
        if (FreeThreading.active()) {
            synchronized (this) {
                return operation.get();
            }
        }
        return operation.get();
    }

    /** Empties the deque and sets its bound ({@code __init__}). */
    @TruffleBoundary
    public void reset(int newMaxlen, Object[] items) {
        step(() -> {
            ring = new Object[8];
            head = 0;
            size = 0;
            maxlen = newMaxlen;
            mutations++;
            for (Object item : items) {
                addLast(item);
            }
            return null;
        });
    }

    public int maxlen() {
        return maxlen;
    }

    public int size() {
        return size;
    }

    public long mutations() {
        return mutations;
    }

    private int slot(int index) {
        return (head + index) & (ring.length - 1);
    }

    private void growIfFull() {
        if (size == ring.length) {
            replaceContent(snapshot()); // unrolls the ring into one twice as large
        }
    }

    private void addLast(Object item) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            removeFirst();
        }
        growIfFull();
        ring[slot(size)] = item;
        size++;
        mutations++;
    }

    private void addFirst(Object item) {
        if (maxlen == 0) {
            return;
        }
        if (size == maxlen) {
            removeLast();
        }
        growIfFull();
        head = (head - 1) & (ring.length - 1);
        ring[head] = item;
        size++;
        mutations++;
    }

    private Object removeFirst() {
        if (size == 0) {
            throw PythonErrors.indexError("pop from an empty deque");
        }
        Object item = ring[head];
        ring[head] = null;
        head = slot(1);
        size--;
        mutations++;
        return item;
    }

    private Object removeLast() {
        if (size == 0) {
            throw PythonErrors.indexError("pop from an empty deque");
        }
        int last = slot(size - 1);
        Object item = ring[last];
        ring[last] = null;
        size--;
        mutations++;
        return item;
    }

    @TruffleBoundary
    public void append(Object item) {
        step(() -> {
            addLast(item);
            return null;
        });
    }

    @TruffleBoundary
    public void appendLeft(Object item) {
        step(() -> {
            addFirst(item);
            return null;
        });
    }

    @TruffleBoundary
    public void extend(Object[] items) {
        step(() -> {
            for (Object item : items) {
                addLast(item);
            }
            return null;
        });
    }

    @TruffleBoundary
    public void extendLeft(Object[] items) {
        step(() -> {
            for (Object item : items) {
                addFirst(item);
            }
            return null;
        });
    }

    @TruffleBoundary
    public Object pop() {
        return step(this::removeLast);
    }

    @TruffleBoundary
    public Object popLeft() {
        return step(this::removeFirst);
    }

    /** Rotates {@code n} steps to the right (negative: to the left), as deque.rotate. */
    @TruffleBoundary
    public void rotate(long n) {
        step(() -> {
            if (size > 1) {
                long k = Math.floorMod(n, (long) size);
                for (long i = 0; i < k; i++) {
                    addFirst(removeLast());
                }
            }
            return null;
        });
    }

    /** The item at {@code index} (negative counts from the right). */
    @TruffleBoundary
    public Object get(long index) {
        return step(() -> {
            long i = index < 0 ? index + size : index;
            if (i < 0 || i >= size) {
                throw PythonErrors.indexError("deque index out of range");
            }
            return ring[slot((int) i)];
        });
    }

    /** The item at {@code index} if the deque has not been mutated since {@code expectedMutations}; null past the end. */
    @TruffleBoundary
    public Object iterationItem(int index, long expectedMutations) {
        return step(() -> {
            if (mutations != expectedMutations) {
                throw PythonErrors.runtimeError("deque mutated during iteration");
            }
            return index < size ? ring[slot(index)] : null;
        });
    }

    /** Replaces the content with {@code items} (at most maxlen of them, by construction of the callers). */
    private void replaceContent(Object[] items) {
        ring = new Object[Math.max(8, Integer.highestOneBit(Math.max(1, items.length)) << 1)];
        System.arraycopy(items, 0, ring, 0, items.length);
        head = 0;
        size = items.length;
        mutations++;
    }

    /** Inserts at {@code index}, clamped to the ends as list.insert does. */
    @TruffleBoundary
    public void insert(long index, Object item) {
        step(() -> {
            if (size == maxlen) {
                throw PythonErrors.indexError("deque already at its maximum size");
            }
            int i = Sequences.clampIndex(index, size);
            Object[] old = snapshot();
            Object[] items = new Object[size + 1];
            System.arraycopy(old, 0, items, 0, i);
            items[i] = item;
            System.arraycopy(old, i, items, i + 1, size - i);
            replaceContent(items);
            return null;
        });
    }

    /**
     * Deletes the item at {@code index}, found by comparing outside the lock: if the deque
     * changed meanwhile (an {@code __eq__} mutated it), raises CPython's IndexError instead.
     */
    @TruffleBoundary
    public void deleteAt(int index, long expectedMutations) {
        step(() -> {
            if (mutations != expectedMutations) {
                throw PythonErrors.indexError("deque mutated during iteration");
            }
            Object[] old = snapshot();
            Object[] items = new Object[size - 1];
            System.arraycopy(old, 0, items, 0, index);
            System.arraycopy(old, index + 1, items, index, size - index - 1);
            replaceContent(items);
            return null;
        });
    }

    @TruffleBoundary
    public void reverse() {
        step(() -> {
            Object[] items = snapshot();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            replaceContent(items);
            return null;
        });
    }

    private Object[] snapshot() {
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = ring[slot(i)];
        }
        return out;
    }

    @TruffleBoundary
    public Object[] toArray() {
        return step(this::snapshot);
    }

    @TruffleBoundary
    public void clear() {
        reset(maxlen, new Object[0]);
    }
}
