package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** dict update and equality, shared by operators, methods and constructors. */
public final class DictOps {
    private DictOps() {
    }

    /** {@code d.update(other)}: from a mapping (anything with keys()) or an iterable of pairs. */
    @TruffleBoundary
    public static void update(PDict d, Object other) {
        if (other instanceof PDict o && PyObjects.typeOf(o).lookup("keys") instanceof PBuiltinFunction) {
            HashTable t = o.table();
            for (int p = 0; p < t.capacity(); p++) {
                Object k = t.keyAt(p);
                if (k != null) {
                    d.put(k, t.valueAt(p));
                }
            }
            return;
        }
        Object keys = PyObjects.lookupAttribute(other, "keys");
        if (keys != null) {
            Object it = PyObjects.getIterator(PyCallables.call(keys));
            Object k;
            while ((k = PyObjects.next(it)) != null) {
                d.put(k, PyItems.getItem(other, k));
            }
            return;
        }
        Object it = PyObjects.getIterator(other);
        Object pair;
        int index = 0;
        while ((pair = PyObjects.next(it)) != null) {
            Object[] kv;
            try {
                kv = PyObjects.toArray(pair);
            } catch (PException e) {
                throw PythonErrors.typeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
            }
            if (kv.length != 2) {
                throw PythonErrors.valueError("dictionary update sequence element #" + index + " has length "
                        + kv.length + "; 2 is required");
            }
            d.put(kv[0], kv[1]);
            index++;
        }
    }

    @TruffleBoundary
    public static boolean equal(PDict a, PDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        HashTable t = a.table();
        for (int p = 0; p < t.capacity(); p++) {
            Object k = t.keyAt(p);
            if (k != null) {
                Object other = b.get(k);
                Object mine = t.valueAt(p);
                if (other == null || !(mine == other || PyEquality.equal(mine, other))) {
                    return false;
                }
            }
        }
        return true;
    }
}
