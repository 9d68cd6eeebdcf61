package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;
import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.PyInts;
import org.gilpy.runtime.PyNumbers;

/**
 * One binary operator applied to two values, specialised for long, double and str
 * operands; {@code inplace} selects the {@code +=} family's semantics for the generic case.
 * The operator is a final field, so compiled code folds the switches.
 */
@TypeSystemReference(PyTypes.class)
public abstract class BinaryOpNode extends Node {
    protected final BinaryOp op;
    protected final boolean inplace;

    protected BinaryOpNode(BinaryOp op, boolean inplace) {
        this.op = op;
        this.inplace = inplace;
    }

    public abstract Object execute(Object left, Object right);

    protected boolean isExactLongOp() {
        return op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL || op == BinaryOp.FLOORDIV
                || op == BinaryOp.MOD || op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR;
    }

    protected boolean isAdd() {
        return op == BinaryOp.ADD;
    }

    protected boolean isSimpleFloatOp() {
        return op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL || op == BinaryOp.TRUEDIV;
    }

    @Specialization(guards = "isExactLongOp()", rewriteOn = ArithmeticException.class)
    protected long longs(long a, long b) {
        switch (op) {
            case ADD:
                return Math.addExact(a, b);
            case SUB:
                return Math.subtractExact(a, b);
            case MUL:
                return Math.multiplyExact(a, b);
            case FLOORDIV:
                if (b == 0 || (a == Long.MIN_VALUE && b == -1)) {
                    throw new ArithmeticException();
                }
                return Math.floorDiv(a, b);
            case MOD:
                if (b == 0) {
                    throw new ArithmeticException();
                }
                return Math.floorMod(a, b);
            case AND:
                return a & b;
            case OR:
                return a | b;
            default:
                return a ^ b;
        }
    }

    @Specialization(replaces = "longs")
    protected Object longsGeneric(long a, long b) {
        return PyInts.longOp(op, a, b);
    }

    @Specialization(guards = "isSimpleFloatOp()")
    protected Object doubles(double a, double b) {
        return floatOp(a, b);
    }

    @Specialization(guards = "isSimpleFloatOp()")
    protected Object longDouble(long a, double b) {
        return floatOp(a, b);
    }

    @Specialization(guards = "isSimpleFloatOp()")
    protected Object doubleLong(double a, long b) {
        return floatOp(a, b);
    }

    private Object floatOp(double a, double b) {
        switch (op) {
            case ADD:
                return a + b;
            case SUB:
                return a - b;
            case MUL:
                return a * b;
            default:
                return b == 0 ? PyNumbers.floatOp(op, a, b) : (Object) (a / b);
        }
    }

    protected boolean isPow() {
        return op == BinaryOp.POW;
    }

    /**
     * {@code x ** y} of floats (or a float and an int): a positive finite base with a finite
     * result is plain {@code Math.pow}; zero or negative bases and overflow take CPython's
     * error paths out of line.
     */
    @Specialization(guards = "isPow()")
    protected Object doublePow(double a, double b) {
        return floatPow(a, b);
    }

    @Specialization(guards = "isPow()")
    protected Object doubleLongPow(double a, long b) {
        return floatPow(a, b);
    }

    private static Object floatPow(double a, double b) {
        if (a > 0) {
            double r = Math.pow(a, b);
            if (Double.isFinite(r)) {
                return r;
            }
        }
        return PyNumbers.floatOp(BinaryOp.POW, a, b);
    }

    @Specialization(guards = "isAdd()")
    protected String concat(String a, String b) {
        return a.concat(b);
    }

    @Specialization(replaces = {"longs", "longsGeneric", "doubles", "longDouble", "doubleLong", "doublePow", "doubleLongPow",
        "concat"})
    protected Object generic(Object a, Object b) {
        return inplace ? PyNumbers.inplace(op, a, b) : PyNumbers.binary(op, a, b);
    }
}
