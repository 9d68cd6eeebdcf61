package org.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Rich comparison for every type: exact int/float comparison (as CPython, not via double),
 * lexicographic sequences, subset order for sets, and special-method dispatch with
 * reflection for user classes. {@code ==} falls back to identity, the others raise
 * CPython's "'<' not supported between instances of ..." TypeError.
 */
public final class PyCompare {
    private PyCompare() {
    }

    @TruffleBoundary
    public static Object richCompare(CompareOp op, Object a, Object b) {
        PythonClass ta = PyObjects.typeOf(a);
        PythonClass tb = PyObjects.typeOf(b);
        if (!ta.isBuiltin() || !tb.isBuiltin()) {
            boolean reflectedTried = false;
            if (!tb.isBuiltin() && ta != tb && tb.isSubclassOf(ta)) {
                Object r = callDunder(b, op.reflected().method, a);
                if (r != PNone.NOT_IMPLEMENTED) {
                    return r;
                }
                reflectedTried = true;
            }
            Object r = callDunder(a, op.method, b);
            if (r != PNone.NOT_IMPLEMENTED) {
                return r;
            }
            return afterLeftMethod(op, a, b, reflectedTried);
        }
        return builtinOrIdentity(op, a, b);
    }

    /**
     * The rest of the protocol once {@code a}'s method returned NotImplemented: the reflected
     * method (unless tried first), {@code __ne__} as the negated {@code __eq__}, built-in order,
     * identity for equality, else the TypeError.
     */
    @TruffleBoundary
    public static Object afterLeftMethod(CompareOp op, Object a, Object b, boolean reflectedTried) {
        PythonClass ta = PyObjects.typeOf(a);
        PythonClass tb = PyObjects.typeOf(b);
        if (!ta.isBuiltin() || !tb.isBuiltin()) {
            Object r;
            if (!reflectedTried) {
                r = callDunder(b, op.reflected().method, a);
                if (r != PNone.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (op == CompareOp.NE) {
                Object eq = callDunder(a, "__eq__", b);
                if (eq != PNone.NOT_IMPLEMENTED) {
                    return !PyObjects.isTrue(eq);
                }
            }
        }
        return builtinOrIdentity(op, a, b);
    }

    private static Object builtinOrIdentity(CompareOp op, Object a, Object b) {
        Object r = builtinCompare(op, a, b);
        if (r != PNone.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == CompareOp.EQ) {
            return a == b;
        } else if (op == CompareOp.NE) {
            return a != b;
        }
        throw PythonErrors.typeError("'" + op.symbol + "' not supported between instances of '"
                + PyObjects.typeName(a) + "' and '" + PyObjects.typeName(b) + "'");
    }

    private static Object callDunder(Object self, String name, Object other) {
        Object method = PyObjects.typeOf(self).lookup(name);
        if (method == null || method == PNone.NONE || method instanceof PBuiltinFunction) {
            return PNone.NOT_IMPLEMENTED;
        }
        return PyCallables.call(method, self, other);
    }

    /** The comparison of built-in values, or NOT_IMPLEMENTED when the types do not compare. */
    public static Object builtinCompare(CompareOp op, Object a, Object b) {
        if (PyNumbers.isReal(a) && PyNumbers.isReal(b)) {
            return compareNumbers(op, a, b);
        }
        if (a instanceof String s && b instanceof String t) {
            return op.test(s.compareTo(t));
        }
        if (a instanceof PWeakRef x && b instanceof PWeakRef y && (op == CompareOp.EQ || op == CompareOp.NE)) {
            Object p = x.get();
            Object q = y.get();
            boolean same = p == null || q == null ? a == b : PyEquality.equal(p, q); // live refs compare their objects
            return op == CompareOp.EQ ? same : !same;
        }
        if (a instanceof PList l && b instanceof PList m) {
            return compareSequences(op, l.toArray(), m.toArray());
        }
        if (a instanceof PTuple t && b instanceof PTuple u) {
            return compareSequences(op, t.getItems(), u.getItems());
        }
        if (a instanceof PDeque d && b instanceof PDeque e) {
            return compareSequences(op, d.toArray(), e.toArray());
        }
        if (a instanceof PSet s && b instanceof PSet t) {
            return SetOps.compare(op, s, t);
        }
        if (a instanceof PDict d && b instanceof PDict e) {
            if (op == CompareOp.EQ || op == CompareOp.NE) {
                return (op == CompareOp.EQ) == DictOps.equal(d, e);
            }
            return PNone.NOT_IMPLEMENTED;
        }
        if (a instanceof PBytes x && b instanceof PBytes y) {
            return op.test(java.util.Arrays.compareUnsigned(x.getBytes(), y.getBytes()));
        }
        if (a instanceof PRange x && b instanceof PRange y && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return (op == CompareOp.EQ) == x.sameItems(y);
        }
        if (a instanceof PDictView v && b instanceof PDictView w && v.kind == w.kind && v.kind != BuiltinIterators.DictIterator.Kind.VALUES) {
            return builtinCompare(op, SetOps.fromIterable(v.iterator(), PythonTypes.get().set),
                    SetOps.fromIterable(w.iterator(), PythonTypes.get().set));
        }
        return PNone.NOT_IMPLEMENTED;
    }

    private static Object compareSequences(CompareOp op, Object[] x, Object[] y) {
        if ((op == CompareOp.EQ || op == CompareOp.NE) && x.length != y.length) {
            return op == CompareOp.NE;
        }
        RecursionGuard.enter(" in comparison");
        try {
            return compareItems(op, x, y);
        } finally {
            RecursionGuard.exit();
        }
    }

    private static Object compareItems(CompareOp op, Object[] x, Object[] y) {
        int n = Math.min(x.length, y.length);
        for (int i = 0; i < n; i++) {
            if (!(x[i] == y[i] || PyEquality.equal(x[i], y[i]))) {
                if (op == CompareOp.EQ) {
                    return false;
                } else if (op == CompareOp.NE) {
                    return true;
                }
                return richCompare(op, x[i], y[i]);
            }
        }
        return op.test(Integer.compare(x.length, y.length));
    }

    public static boolean compareNumbers(CompareOp op, Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return compareDoubles(op, x, y);
        }
        if (!(a instanceof Double) && !(b instanceof Double)) {
            if (a instanceof PBigInt x) {
                return op.test(b instanceof PBigInt y ? x.compareTo(y) : x.compareToLong());
            } else if (b instanceof PBigInt y) {
                return op.test(-y.compareToLong());
            }
            return op.test(Long.compare(PyNumbers.asLong(a), PyNumbers.asLong(b)));
        }
        double d = a instanceof Double x ? x : (Double) b;
        Object other = a instanceof Double ? b : a;
        if (Double.isNaN(d)) {
            return op == CompareOp.NE;
        }
        int cmp;
        if (Double.isInfinite(d)) {
            cmp = d > 0 ? 1 : -1;
        } else if (other instanceof Long l && Math.abs(l) < (1L << 53)) {
            cmp = Double.compare(d, l) == 0 ? 0 : (d < l ? -1 : 1);
        } else {
            cmp = new BigDecimal(d).compareTo(new BigDecimal(PyInts.big(other)));
        }
        return op.test(a instanceof Double ? cmp : -cmp);
    }

    private static boolean compareDoubles(CompareOp op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** {@code a < b} as a Java boolean, for sorting and min/max. */
    @TruffleBoundary
    public static boolean lessThan(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return x < y;
        }
        if (a instanceof String s && b instanceof String t) {
            return s.compareTo(t) < 0;
        }
        return PyObjects.isTrue(richCompare(CompareOp.LT, a, b));
    }
}
