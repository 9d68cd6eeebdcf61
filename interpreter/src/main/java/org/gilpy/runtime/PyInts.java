package org.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python int arithmetic. An int is a Long whenever it fits, otherwise a {@link PBigInt}
 * (never one that fits in a long: {@link #normalize} keeps that invariant), with Python's
 * floor division and modulo, exact powers, and shifts of any size. Operations PBigInt does
 * not do natively work on {@link BigInteger}s ({@link #big}) and come back through
 * {@link #normalize}.
 */
public final class PyInts {
    private PyInts() {
    }

    /** The Python int of a BigInteger result: a Long when it fits, otherwise a PBigInt. */
    public static Object normalize(BigInteger b) {
        return PBigInt.normalize(b);
    }

    /** Any Python int (Long, Boolean or PBigInt) as a BigInteger. */
    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return ((PBigInt) o).toBigInteger();
    }

    /** A big int as a float: OverflowError beyond the largest float, as CPython. */
    public static double toDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) {
            throw PythonErrors.overflow("int too large to convert to float");
        }
        return d;
    }

    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof PBigInt;
    }

    @TruffleBoundary
    public static Object op(BinaryOp op, Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            switch (op) {
                case AND: return x & y;
                case OR: return x | y;
                case XOR: return x ^ y;
                default: break;
            }
        }
        if (!(a instanceof PBigInt) && !(b instanceof PBigInt)) {
            return longOp(op, PyNumbers.asLong(a), PyNumbers.asLong(b));
        }
        if (op == BinaryOp.ADD || op == BinaryOp.SUB || op == BinaryOp.MUL) {
            return PBigInt.arithmetic(op, a instanceof Boolean x ? (Object) (x ? 1L : 0L) : a,
                    b instanceof Boolean y ? (Object) (y ? 1L : 0L) : b);
        }
        return bigOp(op, big(a), big(b));
    }

    @TruffleBoundary
    public static Object longOp(BinaryOp op, long x, long y) {
        switch (op) {
            case ADD: {
                long r = x + y;
                return ((x ^ r) & (y ^ r)) < 0 ? PBigInt.arithmetic(op, x, y) : (Object) r;
            }
            case SUB: {
                long r = x - y;
                return ((x ^ y) & (x ^ r)) < 0 ? PBigInt.arithmetic(op, x, y) : (Object) r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? (Object) lo : PBigInt.multiply(x, y);
            }
            case TRUEDIV:
                return trueDivide(x, y);
            case FLOORDIV:
                if (y == 0) {
                    throw PythonErrors.zeroDivision("integer division or modulo by zero");
                }
                if (x == Long.MIN_VALUE && y == -1) {
                    return normalize(BigInteger.valueOf(x).negate());
                }
                return Math.floorDiv(x, y);
            case MOD:
                if (y == 0) {
                    throw PythonErrors.zeroDivision("integer modulo by zero");
                }
                return Math.floorMod(x, y);
            case POW:
                return pow(x, y);
            case LSHIFT:
                if (y < 0) {
                    throw PythonErrors.valueError("negative shift count");
                }
                if (x == 0) {
                    return 0L;
                }
                if (y < 63) {
                    long r = x << y;
                    if (r >> y == x) {
                        return r;
                    }
                }
                if (y > Integer.MAX_VALUE) {
                    throw PythonErrors.overflow("too many digits in integer");
                }
                return normalize(BigInteger.valueOf(x).shiftLeft((int) y));
            case RSHIFT:
                if (y < 0) {
                    throw PythonErrors.valueError("negative shift count");
                }
                return y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            default:
                return PNone.NOT_IMPLEMENTED;
        }
    }

    private static Object trueDivide(long x, long y) {
        if (y == 0) {
            throw PythonErrors.zeroDivision("division by zero");
        }
        final long exact = 1L << 53;
        if (Math.abs(x) <= exact && Math.abs(y) <= exact) {
            return (double) x / (double) y;
        }
        return bigTrueDivide(BigInteger.valueOf(x), BigInteger.valueOf(y));
    }

    private static double bigTrueDivide(BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw PythonErrors.zeroDivision("division by zero");
        }
        double r = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(r)) {
            throw PythonErrors.overflow("integer division result too large for a float");
        }
        return r;
    }

    private static Object pow(long x, long y) {
        if (y < 0) {
            if (x == 0) {
                throw PythonErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyNumbers.floatPow(x, y); // CPython: a negative exponent makes it float ** float
        }
        // |x| < 2**bits, so |x**y| < 2**(bits*y): up to 62 bits it fits a long and powExact cannot overflow
        int bits = 64 - Long.numberOfLeadingZeros(Math.abs(x));
        if (bits <= 1 || (y <= 62 && y * bits <= 62)) {
            return powExact(x, y);
        }
        return bigPow(BigInteger.valueOf(x), y); // normalised: a result that fits still comes back a long
    }

    /** {@code x ** y} for {@code y >= 0} by repeated squaring; ArithmeticException when it does not fit a long. */
    public static long powExact(long x, long y) {
        long result = 1;
        long base = x;
        long e = y;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }

    private static Object bigPow(BigInteger x, long y) {
        if (y > Integer.MAX_VALUE) {
            if (x.signum() == 0) {
                return 0L;
            }
            if (x.abs().equals(BigInteger.ONE)) {
                return normalize(x.signum() < 0 && (y & 1) == 1 ? x : BigInteger.ONE);
            }
            throw PythonErrors.create("MemoryError", null);
        }
        return normalize(x.pow((int) y));
    }

    /** The operators {@link PBigInt} does not do itself (+, - and * never come here), on BigIntegers. */
    private static Object bigOp(BinaryOp op, BigInteger x, BigInteger y) {
        switch (op) {
            case TRUEDIV: return bigTrueDivide(x, y);
            case FLOORDIV: {
                if (y.signum() == 0) {
                    throw PythonErrors.zeroDivision("integer division or modulo by zero");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && (qr[1].signum() != y.signum())) {
                    q = q.subtract(BigInteger.ONE);
                }
                return normalize(q);
            }
            case MOD: {
                if (y.signum() == 0) {
                    throw PythonErrors.zeroDivision("integer modulo by zero");
                }
                BigInteger r = x.mod(y.abs());
                if (y.signum() < 0 && r.signum() != 0) {
                    r = r.add(y);
                }
                return normalize(r);
            }
            case POW:
                if (y.signum() < 0) {
                    return PyNumbers.floatPow(toDouble(x), toDouble(y));
                }
                // an exponent beyond a long only matters through its parity (the base is 0 or +-1, or it is too big)
                return bigPow(x, y.bitLength() < 64 ? y.longValue() : Long.MAX_VALUE - (y.testBit(0) ? 0 : 1));
            case LSHIFT:
                if (y.signum() < 0) {
                    throw PythonErrors.valueError("negative shift count");
                }
                if (y.bitLength() > 31) {
                    throw PythonErrors.overflow("too many digits in integer");
                }
                return normalize(x.shiftLeft(y.intValue()));
            case RSHIFT:
                if (y.signum() < 0) {
                    throw PythonErrors.valueError("negative shift count");
                }
                return normalize(y.bitLength() > 31 ? (x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO)
                        : x.shiftRight(y.intValue()));
            case AND: return normalize(x.and(y));
            case OR: return normalize(x.or(y));
            case XOR: return normalize(x.xor(y));
            default: return PNone.NOT_IMPLEMENTED;
        }
    }

    /** {@code pow(base, exp, mod)} for ints, including negative exponents (modular inverse). */
    @TruffleBoundary
    public static Object powMod(Object base, Object exp, Object mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw PythonErrors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger b = big(base);
        BigInteger e = big(exp);
        BigInteger am = m.abs();
        BigInteger r;
        if (e.signum() < 0) {
            try {
                r = b.modInverse(am).modPow(e.negate(), am);
            } catch (ArithmeticException ex) {
                throw PythonErrors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = b.modPow(e, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return normalize(r);
    }

    public static Object negate(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? normalize(BigInteger.valueOf(l).negate()) : (Object) (-l);
        } else if (a instanceof Boolean b) {
            return b ? -1L : 0L;
        }
        return ((PBigInt) a).negate();
    }
}
