package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;
import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.LibM;
import org.gilpy.runtime.PBigInt;
import org.gilpy.runtime.PyInts;
import org.gilpy.runtime.PyNumbers;

/**
 * One binary operator applied to two values, specialised for long, double and str
 * operands; {@code inplace} selects the {@code +=} family's semantics for the generic case.
 * The operator is a final field, so compiled code folds the switches.
 */
@TypeSystemReference(PyTypes.class)
@ImportStatic(BinaryOp.class)
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

    /** Whether a double holds {@code v} exactly (|v| <= 2**53). */
    protected static boolean exactAsDouble(long v) {
        return v >= -(1L << 53) && v <= (1L << 53);
    }

    /** {@code int / int}: CPython's fast path, both operands exact as doubles and a divisor that is not zero. */
    @Specialization(guards = {"op == TRUEDIV", "exactAsDouble(a)", "exactAsDouble(b)", "b != 0"})
    protected double longTrueDiv(long a, long b) {
        return (double) a / (double) b;
    }

    /** {@code int ** int} with an exponent >= 0 while the result fits a long; an overflow leaves it to longOp. */
    @Specialization(guards = {"op == POW", "b >= 0"}, rewriteOn = ArithmeticException.class)
    protected long longPow(long a, long b) {
        return PyInts.powExact(a, b);
    }

    @Specialization(guards = {"op == RSHIFT", "b >= 0"})
    protected long longRightShift(long a, long b) {
        return b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
    }

    /** {@code int << int} while the result fits a long; an overflow leaves it to longOp. */
    @Specialization(guards = {"op == LSHIFT", "b >= 0", "b < 63"}, rewriteOn = ArithmeticException.class)
    protected long longLeftShift(long a, long b) {
        long r = a << b;
        if (r >> b != a) {
            throw new ArithmeticException();
        }
        return r;
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

    /**
     * {@code x ** y} of floats (or a float and an int): a positive finite base with a finite
     * result is C's {@code pow} (as in CPython); zero or negative bases and overflow take CPython's
     * error paths out of line.
     */
    @Specialization(guards = "op == POW")
    protected Object doublePow(double a, double b) {
        return floatPow(a, b);
    }

    @Specialization(guards = "op == POW")
    protected Object doubleLongPow(double a, long b) {
        return floatPow(a, b);
    }

    private static Object floatPow(double a, double b) {
        if (a > 0) {
            double r = LibM.pow(a, b);
            if (Double.isFinite(r)) {
                return r;
            }
        }
        return PyNumbers.floatOp(BinaryOp.POW, a, b);
    }

    @Specialization(guards = "op == ADD")
    protected String concat(String a, String b) {
        return a.concat(b);
    }

    protected boolean isLimbArithmetic() {
        return op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL;
    }

    /** A big int grown or shrunk by a long (a factorial's {@code f *= i}): straight to its limbs. */
    @Specialization(guards = "isLimbArithmetic()")
    protected Object bigLong(PBigInt a, long b) {
        return PBigInt.arithmetic(op, a, b);
    }

    @Specialization(guards = "isLimbArithmetic()")
    protected Object longBig(long a, PBigInt b) {
        return PBigInt.arithmetic(op, a, b);
    }

    @Specialization(guards = "isLimbArithmetic()")
    protected Object bigs(PBigInt a, PBigInt b) {
        return PBigInt.arithmetic(op, a, b);
    }

    @Specialization(replaces = {"longs", "longsGeneric", "longTrueDiv", "longPow", "longRightShift", "longLeftShift", "doubles",
        "longDouble", "doubleLong", "doublePow", "doubleLongPow", "concat", "bigLong", "longBig", "bigs"})
    protected Object generic(Object a, Object b) {
        return inplace ? PyNumbers.inplace(op, a, b) : PyNumbers.binary(op, a, b);
    }
}
