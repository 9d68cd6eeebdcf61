package org.gilpy.runtime;

/**
 * Iterators over the built-in containers. Each checks for a change in size during
 * iteration where CPython does (dicts and sets) and reports the same RuntimeError.
 */
public final class BuiltinIterators {
    private BuiltinIterators() {
    }

    public static final class ListIterator extends PIterator {
        private final PList list;
        private int index;

        public ListIterator(PList list) {
            this.list = list;
        }

        @Override
        public Object next() {
            Object item = index < Integer.MAX_VALUE ? list.getOrNull(index) : null;
            if (item != null) {
                index++;
                return item;
            }
            index = Integer.MAX_VALUE;
            return null;
        }

        @Override
        public int lengthHint() {
            return Math.max(0, list.size() - index);
        }
    }

    /** Over a deque; any mutation ends the iteration with CPython's RuntimeError. */
    public static final class DequeIterator extends PIterator {
        private final PDeque deque;
        private final long mutations;
        private int index;

        public DequeIterator(PDeque deque) {
            this.deque = deque;
            this.mutations = deque.mutations();
        }

        @Override
        public Object next() {
            Object item = deque.iterationItem(index, mutations);
            if (item != null) {
                index++;
            }
            return item;
        }

        @Override
        public int lengthHint() {
            return Math.max(0, deque.size() - index);
        }
    }

    public static final class ArrayIterator extends PIterator {
        private final Object[] items;
        private int index;

        public ArrayIterator(Object[] items) {
            this.items = items;
        }

        @Override
        public Object next() {
            return index < items.length ? items[index++] : null;
        }

        @Override
        public int lengthHint() {
            return items.length - index;
        }
    }

    public static final class ReversedListIterator extends PIterator {
        private final PList list;
        private int index;

        public ReversedListIterator(PList list) {
            this.list = list;
            this.index = list.size() - 1;
        }

        @Override
        public Object next() {
            Object item = index >= 0 ? list.getOrNull(index) : null;
            if (item != null) {
                index--;
                return item;
            }
            index = -1;
            return null;
        }
    }

    public static final class StringIterator extends PIterator {
        private final String string;
        private int index;

        public StringIterator(String string) {
            this.string = string;
        }

        @Override
        public Object next() {
            if (index >= string.length()) {
                return null;
            }
            int cp = string.codePointAt(index);
            int n = Character.charCount(cp);
            String result = string.substring(index, index + n);
            index += n;
            return result;
        }
    }

    public static final class RangeIterator extends PIterator {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(PRange range) {
            this.next = range.start;
            this.step = range.step;
            this.remaining = range.length();
        }

        public RangeIterator(long start, long step, long count) {
            this.next = start;
            this.step = step;
            this.remaining = count;
        }

        @Override
        public Object next() {
            return isExhausted() ? null : nextLong();
        }

        public boolean isExhausted() {
            return remaining <= 0;
        }

        /** The next int; only when not {@link #isExhausted()}. */
        public long nextLong() {
            remaining--;
            long value = next;
            next += step;
            return value;
        }

        @Override
        public int lengthHint() {
            return (int) Math.min(Integer.MAX_VALUE, remaining);
        }
    }

    /** Iterates a dict's keys, values or items. */
    public static final class DictIterator extends PIterator {
        public enum Kind { KEYS, VALUES, ITEMS }

        private final PDict dict;
        private final Kind kind;
        private final int expectedSize;
        private int pos;

        public DictIterator(PDict dict, Kind kind) {
            this.dict = dict;
            this.kind = kind;
            this.expectedSize = dict.size();
        }

        @Override
        public Object next() {
            HashTable t = dict.table();
            if (t.size() != expectedSize) {
                throw PythonErrors.runtimeError("dictionary changed size during iteration");
            }
            while (pos < t.capacity()) {
                Object k = t.keyAt(pos);
                int p = pos++;
                if (k != null) {
                    return switch (kind) {
                        case KEYS -> k;
                        case VALUES -> t.valueAt(p);
                        case ITEMS -> new PTuple(new Object[]{k, t.valueAt(p)});
                    };
                }
            }
            return null;
        }
    }

    public static final class SetIterator extends PIterator {
        private final PSet set;
        private final int expectedSize;
        private int slot;

        public SetIterator(PSet set) {
            this.set = set;
            this.expectedSize = set.size();
        }

        @Override
        public Object next() {
            SetTable t = set.table();
            if (t.size() != expectedSize) {
                throw PythonErrors.runtimeError("Set changed size during iteration");
            }
            while (slot < t.slots()) {
                Object k = t.keyAt(slot++);
                if (k != null) {
                    return k;
                }
            }
            return null;
        }
    }

    /** Iterates any object with {@code __getitem__} (the old sequence protocol). */
    public static final class SequenceIterator extends PIterator {
        private final Object sequence;
        private long index;

        public SequenceIterator(Object sequence) {
            this.sequence = sequence;
        }

        @Override
        public Object next() {
            if (index < 0) {
                return null;
            }
            try {
                return PyItems.getItem(sequence, index++);
            } catch (PException e) {
                PythonClass cls = e.getPythonException().getPythonClass();
                PythonTypes types = PythonTypes.get();
                if (cls.isSubclassOf(types.exception("IndexError")) || cls.isSubclassOf(types.stopIteration)) {
                    index = -1;
                    return null;
                }
                throw e;
            }
        }
    }
}
