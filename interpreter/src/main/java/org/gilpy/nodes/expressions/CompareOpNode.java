package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;
import org.gilpy.nodes.calls.CallDispatchNode;
import org.gilpy.runtime.CompareOp;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PyCompare;
import org.gilpy.runtime.PyItems;
import org.gilpy.runtime.PyObjects;

/**
 * One comparison of two values: the six rich comparisons (specialised for long, double and
 * str, and for instances of one Python class), and {@code is}, {@code is not}, {@code in}, {@code not in}.
 */
@TypeSystemReference(PyTypes.class)
public abstract class CompareOpNode extends Node {
    /** Comparison kinds beyond the rich comparisons. */
    public enum Kind { RICH, IS, IS_NOT, IN, NOT_IN }

    protected final CompareOp op;
    protected final Kind kind;

    protected CompareOpNode(CompareOp op, Kind kind) {
        this.op = op;
        this.kind = kind;
    }

    public abstract Object execute(Object left, Object right);

    protected boolean isRich() {
        return kind == Kind.RICH;
    }

    @Specialization(guards = "isRich()")
    protected boolean longs(long a, long b) {
        return op.test(Long.compare(a, b));
    }

    @Specialization(guards = "isRich()")
    protected boolean doubles(double a, double b) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    @Specialization(guards = "isRich()")
    protected boolean strings(String a, String b) {
        if (op == CompareOp.EQ) {
            return a.equals(b);
        } else if (op == CompareOp.NE) {
            return !a.equals(b);
        }
        return op.test(compare(a, b));
    }

    private static int compare(String a, String b) {
        return a.compareTo(b);
    }

    /**
     * Two instances of one Python class whose operator method is written in Python (a heap of
     * timer handles, sorted records): a direct call of that method while the class is
     * unchanged; only NotImplemented goes on to the rest of the protocol.
     */
    @Specialization(guards = {"isRich()", "a.getPythonClass() == cls", "b.getPythonClass() == cls", "method != null"},
            assumptions = "unchanged", limit = "2")
    protected Object sameClass(PyObject a, PyObject b,
                               @Cached("a.getPythonClass()") PythonClass cls,
                               @Cached("cls.unchangedAssumption()") Assumption unchanged,
                               @Cached("pythonMethod(cls)") PFunction method,
                               @Cached("create()") CallDispatchNode call) {
        Object result = call.execute(method, new Object[]{a, b}, null, null);
        return result != PNone.NOT_IMPLEMENTED ? result : PyCompare.afterLeftMethod(op, a, b, false);
    }

    @TruffleBoundary
    protected PFunction pythonMethod(PythonClass cls) {
        return cls.isVolatile() ? null : cls.lookup(op.method) instanceof PFunction f ? f : null;
    }

    @Specialization
    protected Object generic(Object a, Object b) {
        switch (kind) {
            case IS:
                return PyObjects.is(a, b);
            case IS_NOT:
                return !PyObjects.is(a, b);
            case IN:
                return PyItems.contains(b, a);
            case NOT_IN:
                return !PyItems.contains(b, a);
            default:
                return PyCompare.richCompare(op, a, b);
        }
    }
}
