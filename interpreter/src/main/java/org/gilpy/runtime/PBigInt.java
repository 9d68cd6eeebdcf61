package org.gilpy.runtime;

import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python int outside the range of a Java long: a sign and a magnitude of unsigned 64-bit
 * limbs, least significant first, with no zero limb on top. Ints that fit are always Longs
 * ({@link #normalize} keeps that invariant), so a PBigInt is never zero and never equal to a
 * Long.
 *
 * <p>Why not {@link BigInteger}: its 32-bit limbs take twice the multiply-and-carry steps of
 * 64-bit limbs with {@link Math#unsignedMultiplyHigh}, and that made the commonest big-int
 * work (growing a product or a sum by machine-sized ints, as a factorial does) slower than
 * CPython's. This class does natively what such loops do: add, subtract, multiply (by a
 * long, and schoolbook below {@link #SCHOOLBOOK_LIMIT} limbs), compare, hash and equality.
 * Everything else (division, powers, bitwise operations, parsing, formatting) goes through
 * {@link #toBigInteger()} and {@link PyInts#normalize}: an O(n) conversion, dwarfed by those
 * operations.
 */
public final class PBigInt {
    /** From this many limbs in both operands, BigInteger's Karatsuba and Toom-Cook win. */
    private static final int SCHOOLBOOK_LIMIT = 40;

    private final boolean negative;
    private final long[] mag;

    private PBigInt(boolean negative, long[] mag) {
        this.negative = negative;
        this.mag = mag;
    }

    // ---------------------------------------------------------------- construction

    /** The int with this sign and the first {@code len} limbs of {@code mag}: a Long when it fits. */
    private static Object of(boolean negative, long[] mag, int len) {
        while (len > 0 && mag[len - 1] == 0) {
            len--;
        }
        if (len == 0) {
            return 0L;
        }
        if (len == 1) {
            long m = mag[0];
            if (m >= 0) {
                return negative ? -m : m;
            } else if (negative && m == Long.MIN_VALUE) {
                return Long.MIN_VALUE;
            }
        }
        return new PBigInt(negative, len == mag.length ? mag : Arrays.copyOf(mag, len));
    }

    /** {@code |x|} as an unsigned limb: right for Long.MIN_VALUE too (2**63). */
    private static long magnitude(long x) {
        return x < 0 ? -x : x;
    }

    /** Python's int for a BigInteger value: a Long when it fits. */
    @TruffleBoundary
    public static Object normalize(BigInteger b) {
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        BigInteger abs = b.abs();
        byte[] bytes = abs.toByteArray(); // big-endian, perhaps with a leading zero byte
        long[] m = new long[(abs.bitLength() + 63) >>> 6];
        for (int k = 0; k < bytes.length; k++) {
            int bit = 8 * (bytes.length - 1 - k);
            if ((bit >>> 6) < m.length) {
                m[bit >>> 6] |= (bytes[k] & 0xFFL) << (bit & 63);
            }
        }
        return new PBigInt(b.signum() < 0, m);
    }

    @TruffleBoundary
    public BigInteger toBigInteger() {
        byte[] bytes = new byte[mag.length * 8];
        for (int i = 0; i < mag.length; i++) {
            long limb = mag[i];
            int at = bytes.length - 8 * (i + 1);
            for (int k = 7; k >= 0; k--) {
                bytes[at + k] = (byte) limb;
                limb >>>= 8;
            }
        }
        return new BigInteger(negative ? -1 : 1, bytes);
    }

    // ---------------------------------------------------------------- queries

    public int signum() {
        return negative ? -1 : 1;
    }

    public long bitLength() {
        return 64L * (mag.length - 1) + (64 - Long.numberOfLeadingZeros(mag[mag.length - 1]));
    }

    /** Python's hash: the value modulo 2**61 - 1, with the sign, -1 mapped to -2. */
    public long pythonHash() {
        long h = 0;
        for (int i = mag.length - 1; i >= 0; i--) {
            // h * 2**64 + limb; 2**64 = 8 (mod 2**61 - 1)
            h = reduce(reduce(h << 3) + reduce(mag[i]));
        }
        if (negative) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    /** An unsigned 64-bit value modulo 2**61 - 1. */
    private static long reduce(long x) {
        long r = (x & PyHash.MODULUS) + (x >>> 61);
        return r >= PyHash.MODULUS ? r - PyHash.MODULUS : r;
    }

    /** Compares with another PBigInt; any Long lies between the negative and the positive ones. */
    public int compareTo(PBigInt o) {
        if (negative != o.negative) {
            return negative ? -1 : 1;
        }
        int c = compareMagnitudes(mag, mag.length, o.mag, o.mag.length);
        return negative ? -c : c;
    }

    /** The order of an int against a Long: only the sign matters. */
    public int compareToLong() {
        return negative ? -1 : 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PBigInt b && b.negative == negative && Arrays.equals(b.mag, mag);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(mag) ^ (negative ? 1 : 0);
    }

    @Override
    public String toString() {
        return toBigInteger().toString();
    }

    // ---------------------------------------------------------------- arithmetic

    public Object negate() {
        return of(!negative, mag, mag.length); // -(2**63) is a Long
    }

    public Object abs() {
        return negative ? new PBigInt(false, mag) : this;
    }

    /** The exact product of two longs (meant for those whose product overflows a long). */
    public static Object multiply(long x, long y) {
        long a = magnitude(x);
        long b = magnitude(y);
        return of((x < 0) != (y < 0), new long[] {a * b, Math.unsignedMultiplyHigh(a, b)}, 2);
    }

    /**
     * {@code a + b}, {@code a - b} or {@code a * b} for ints that are Longs or PBigInts (Longs
     * alone when their result overflows a long).
     */
    @TruffleBoundary
    public static Object arithmetic(BinaryOp op, Object a, Object b) {
        switch (op) {
            case ADD:
                return add(isNegative(a), magnitudeOf(a), isNegative(b), magnitudeOf(b));
            case SUB:
                return add(isNegative(a), magnitudeOf(a), !isNegative(b), magnitudeOf(b));
            case MUL:
                if (a instanceof PBigInt x) {
                    return b instanceof PBigInt y ? multiply(x, y) : x.multiply((Long) b);
                }
                return b instanceof PBigInt y ? y.multiply((Long) a) : multiply((Long) a, (long) (Long) b);
            default:
                throw new IllegalArgumentException(op.toString());
        }
    }

    private static boolean isNegative(Object o) {
        return o instanceof PBigInt b ? b.negative : (Long) o < 0;
    }

    private static long[] magnitudeOf(Object o) {
        return o instanceof PBigInt b ? b.mag : new long[] {magnitude((Long) o)};
    }

    private static Object add(boolean negA, long[] a, boolean negB, long[] b) {
        if (negA == negB) {
            long[] r = new long[Math.max(a.length, b.length) + 1];
            int len = addMagnitudes(a, b, r);
            return of(negA, r, len);
        }
        int c = compareMagnitudes(a, a.length, b, b.length);
        if (c == 0) {
            return 0L;
        }
        long[] big = c > 0 ? a : b;
        long[] small = c > 0 ? b : a;
        long[] r = new long[big.length];
        subtractMagnitudes(big, small, r);
        return of(c > 0 ? negA : negB, r, r.length);
    }

    /** {@code r = a + b}; r has room for the longer operand plus one limb. Returns the used length. */
    private static int addMagnitudes(long[] a, long[] b, long[] r) {
        long[] longer = a.length >= b.length ? a : b;
        long[] shorter = a.length >= b.length ? b : a;
        long carry = 0;
        int i = 0;
        for (; i < shorter.length; i++) {
            long x = longer[i];
            long s = x + shorter[i];
            long c1 = Long.compareUnsigned(s, x) < 0 ? 1 : 0;
            long t = s + carry;
            long c2 = Long.compareUnsigned(t, s) < 0 ? 1 : 0;
            r[i] = t;
            carry = c1 | c2;
        }
        for (; i < longer.length; i++) {
            long t = longer[i] + carry;
            carry = carry != 0 && t == 0 ? 1 : 0;
            r[i] = t;
        }
        r[i] = carry;
        return carry != 0 ? i + 1 : i;
    }

    /** {@code r = a - b} for {@code |a| > |b|}. */
    private static void subtractMagnitudes(long[] a, long[] b, long[] r) {
        long borrow = 0;
        int i = 0;
        for (; i < b.length; i++) {
            long x = a[i];
            long d = x - b[i];
            long b1 = Long.compareUnsigned(x, b[i]) < 0 ? 1 : 0;
            long t = d - borrow;
            long b2 = Long.compareUnsigned(d, borrow) < 0 ? 1 : 0;
            r[i] = t;
            borrow = b1 | b2;
        }
        for (; i < a.length; i++) {
            long x = a[i];
            r[i] = x - borrow;
            borrow = borrow != 0 && x == 0 ? 1 : 0;
        }
    }

    private static int compareMagnitudes(long[] a, int aLen, long[] b, int bLen) {
        if (aLen != bLen) {
            return aLen < bLen ? -1 : 1;
        }
        for (int i = aLen - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return Long.compareUnsigned(a[i], b[i]);
            }
        }
        return 0;
    }

    /** {@code this * y}: one pass over the limbs, the commonest big-int operation (a product growing). */
    public Object multiply(long y) {
        if (y == 0) {
            return 0L;
        }
        long m = magnitude(y);
        int n = mag.length;
        long top = mag[n - 1];
        // the product needs a new limb only if (top + 1) * m > 2**64: allocate it only then
        boolean mayGrow = Math.unsignedMultiplyHigh(top, m) != 0 || Long.compareUnsigned(top * m, -m) > 0;
        long[] r = new long[mayGrow ? n + 1 : n];
        long carry = 0;
        for (int i = 0; i < n; i++) {
            long x = mag[i];
            long lo = x * m;
            long hi = Math.unsignedMultiplyHigh(x, m);
            long s = lo + carry;
            if (Long.compareUnsigned(s, lo) < 0) {
                hi++;
            }
            r[i] = s;
            carry = hi;
        }
        if (mayGrow) {
            r[n] = carry;
        }
        return of(negative != (y < 0), r, r.length);
    }

    private static Object multiply(PBigInt a, PBigInt b) {
        if (a.mag.length >= SCHOOLBOOK_LIMIT && b.mag.length >= SCHOOLBOOK_LIMIT) {
            return PyInts.normalize(a.toBigInteger().multiply(b.toBigInteger()));
        }
        long[] x = a.mag;
        long[] y = b.mag;
        long[] r = new long[x.length + y.length];
        for (int i = 0; i < y.length; i++) {
            long m = y[i];
            long carry = 0;
            for (int j = 0; j < x.length; j++) {
                long lo = x[j] * m;
                long hi = Math.unsignedMultiplyHigh(x[j], m);
                long s = lo + r[i + j];
                if (Long.compareUnsigned(s, lo) < 0) {
                    hi++;
                }
                long t = s + carry;
                if (Long.compareUnsigned(t, s) < 0) {
                    hi++;
                }
                r[i + j] = t;
                carry = hi;
            }
            r[i + x.length] = carry;
        }
        return of(a.negative != b.negative, r, r.length);
    }
}
