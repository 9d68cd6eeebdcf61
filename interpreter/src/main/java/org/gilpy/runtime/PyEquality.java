package org.gilpy.runtime;

/**
 * Python's {@code ==} as a Java boolean, for hash tables, {@code in} and list methods. Fast
 * for the common value types; everything else goes through {@link PyCompare}.
 */
public final class PyEquality {
    private PyEquality() {
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
        if (a instanceof PBigInt x && b instanceof PBigInt y) {
            return x.equals(y);
        }
        return PyObjects.isTrue(PyCompare.richCompare(CompareOp.EQ, a, b));
    }
}
