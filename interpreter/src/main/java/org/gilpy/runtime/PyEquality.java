package org.gilpy.runtime;

import java.math.BigInteger;

/**
 * Python's {@code ==} as a Java boolean, for hash tables, {@code in} and list methods. Fast
 * for the common value types; everything else goes through {@link PyCompare}.
 */
public final class PyEquality {
    private PyEquality() {
    }

    /**
     * What containers compare with (membership, index, count, dict keys, sequence equality):
     * identity first, as CPython does, so that {@code nan in [nan]} holds. Identity is
     * Python's {@code is}, under which equal floats are identical: a float list keeps its
     * items unboxed ({@link PList}), so the same float may come back in another box.
     */
    public static boolean sameOrEqual(Object a, Object b) {
        return PyObjects.is(a, b) || equal(a, b);
    }

    public static boolean equal(Object a, Object b) {
        if (a instanceof String s) {
            return b instanceof String t ? s.equals(t) : (b instanceof PyObject && !PyObjects.typeOf(b).isBuiltin()) && slow(a, b);
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        return slow(a, b);
    }

    private static boolean slow(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.equals(y);
        }
        return PyObjects.isTrue(PyCompare.richCompare(CompareOp.EQ, a, b));
    }
}
