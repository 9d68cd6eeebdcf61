package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** The lazy iterators behind enumerate, zip, map, filter and two-argument iter(). */
public final class FunctionalIterators {
    private FunctionalIterators() {
    }

    public static final class Enumerate extends PIterator {
        private final Object source;
        private Object count;

        public Enumerate(Object source, Object start) {
            this.source = source;
            this.count = start;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object item = PyObjects.next(source);
            if (item == null) {
                return null;
            }
            Object index = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1) : PyNumbers.binary(BinaryOp.ADD, count, 1L);
            return new PTuple(new Object[]{index, item});
        }
    }

    public static final class Zip extends PIterator {
        private final Object[] sources;
        private final boolean strict;
        private boolean done;

        public Zip(Object[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done || sources.length == 0) {
                return null;
            }
            Object[] items = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object item = PyObjects.next(sources[i]);
                if (item == null) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return null;
                }
                items[i] = item;
            }
            return new PTuple(items);
        }

        private void checkStrict(int exhausted) {
            if (exhausted > 0) {
                throw PythonErrors.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument"
                        + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
            }
            for (int i = 1; i < sources.length; i++) {
                if (PyObjects.next(sources[i]) != null) {
                    throw PythonErrors.valueError("zip() argument " + (i + 1) + " is longer than argument"
                            + (i == 1 ? " 1" : "s 1-" + i));
                }
            }
        }
    }

    public static final class Map extends PIterator {
        private final Object function;
        private final Object[] sources;

        public Map(Object function, Object[] sources) {
            this.function = function;
            this.sources = sources;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object[] args = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object item = PyObjects.next(sources[i]);
                if (item == null) {
                    return null;
                }
                args[i] = item;
            }
            return PyCallables.call(function, args);
        }
    }

    public static final class Filter extends PIterator {
        private final Object predicate;
        private final Object source;

        public Filter(Object predicate, Object source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            Object item;
            while ((item = PyObjects.next(source)) != null) {
                boolean keep = predicate == PNone.NONE ? PyObjects.isTrue(item) : PyObjects.isTrue(PyCallables.call(predicate, item));
                if (keep) {
                    return item;
                }
            }
            return null;
        }
    }

    /** {@code iter(callable, sentinel)}. */
    public static final class CallUntil extends PIterator {
        private final Object callable;
        private final Object sentinel;
        private boolean done;

        public CallUntil(Object callable, Object sentinel) {
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            if (done) {
                return null;
            }
            Object v = PyCallables.call(callable);
            if (PyEquality.equal(v, sentinel)) {
                done = true;
                return null;
            }
            return v;
        }
    }
}
