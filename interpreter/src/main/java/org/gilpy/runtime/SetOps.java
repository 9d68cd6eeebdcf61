package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** Set algebra and set comparison, shared by the operators and the set methods. */
public final class SetOps {
    private SetOps() {
    }

    @TruffleBoundary
    public static PSet fromIterable(Object iterator, PythonClass cls) {
        PSet s = new PSet(cls);
        Object x;
        while ((x = PyObjects.next(iterator)) != null) {
            s.table().add(x);
        }
        return s;
    }

    public static Object[] elements(PSet s) {
        SetTable t = s.table();
        Object[] out = new Object[t.size()];
        int n = 0;
        for (int i = 0; i < t.slots(); i++) {
            Object k = t.keyAt(i);
            if (k != null) {
                out[n++] = k;
            }
        }
        return out;
    }

    @TruffleBoundary
    public static Object binary(BinaryOp op, PSet a, PSet b) {
        PythonClass cls = a.isFrozen() ? PythonTypes.get().frozenset : PythonTypes.get().set;
        PSet r;
        switch (op) {
            case OR:
                r = new PSet(cls, a.table().copy());
                for (Object x : elements(b)) {
                    r.table().add(x);
                }
                return r;
            case AND:
                r = new PSet(cls);
                PSet small = a.size() <= b.size() ? a : b;
                PSet large = small == a ? b : a;
                for (Object x : elements(small)) {
                    if (large.table().contains(x)) {
                        r.table().add(x);
                    }
                }
                return r;
            case SUB:
                r = new PSet(cls);
                for (Object x : elements(a)) {
                    if (!b.table().contains(x)) {
                        r.table().add(x);
                    }
                }
                return r;
            case XOR:
                r = new PSet(cls);
                for (Object x : elements(a)) {
                    if (!b.table().contains(x)) {
                        r.table().add(x);
                    }
                }
                for (Object x : elements(b)) {
                    if (!a.table().contains(x)) {
                        r.table().add(x);
                    }
                }
                return r;
            default:
                return PNone.NOT_IMPLEMENTED;
        }
    }

    @TruffleBoundary
    public static void inplace(BinaryOp op, PSet target, PSet other) {
        Object result = binary(op, target, other);
        if (result == PNone.NOT_IMPLEMENTED) {
            throw PythonErrors.typeError("unsupported operand type(s) for " + op.symbol + "=: 'set' and 'set'");
        }
        target.replaceTable(((PSet) result).table());
    }

    @TruffleBoundary
    public static boolean isSubset(PSet a, PSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (Object x : elements(a)) {
            if (!b.table().contains(x)) {
                return false;
            }
        }
        return true;
    }

    public static Object compare(CompareOp op, PSet a, PSet b) {
        return switch (op) {
            case EQ -> a.size() == b.size() && isSubset(a, b);
            case NE -> !(a.size() == b.size() && isSubset(a, b));
            case LE -> isSubset(a, b);
            case LT -> a.size() < b.size() && isSubset(a, b);
            case GE -> isSubset(b, a);
            case GT -> a.size() > b.size() && isSubset(b, a);
        };
    }
}
