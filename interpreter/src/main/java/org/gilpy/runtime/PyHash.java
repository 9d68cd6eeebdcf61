package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Python's {@code hash()}. Numbers follow CPython's rule (reduction modulo 2**61 - 1) so
 * that equal numbers of different types hash alike and small-int sets iterate in CPython's
 * order; tuples use CPython's xxHash-based combination. Strings use a fixed function:
 * CPython randomises them per process, so no program can depend on their values.
 */
public final class PyHash {
    static final long MODULUS = (1L << 61) - 1;
    private static final long INF_HASH = 314159;

    private PyHash() {
    }

    public static long hash(Object value) {
        if (value instanceof String s) {
            return hashString(s);
        } else if (value instanceof Long l) {
            return hashLong(l);
        } else if (value instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (value instanceof Double d) {
            return hashDouble(d);
        }
        return hashSlow(value);
    }

    public static long hashString(String s) {
        long h = s.hashCode() * 0x9E3779B97F4A7C15L;
        h ^= (h >>> 29);
        return h == -1 ? -2 : h;
    }

    public static long hashLong(long value) {
        long h;
        if (value > -MODULUS && value < MODULUS) {
            h = value;
        } else {
            h = value % MODULUS;
        }
        return h == -1 ? -2 : h;
    }

    @TruffleBoundary
    public static long hashDouble(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? INF_HASH : -INF_HASH;
        }
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashLong((long) d);
        }
        // CPython's _Py_HashDouble: fold the mantissa 28 bits at a time modulo 2**61-1.
        int sign = d < 0 ? -1 : 1;
        double m = Math.abs(d);
        int e = Math.getExponent(m) + 1;
        m = m / Math.scalb(1.0, e);
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    @TruffleBoundary
    private static long hashSlow(Object value) {
        if (value instanceof PBigInt b) {
            return b.pythonHash();
        } else if (value instanceof PTuple t) {
            return hashTuple(t.getItems());
        }
        return PyObjects.hashObject(value);
    }

    /** CPython's tuple hash (xxHash64 lanes), so that sets of tuples iterate alike. */
    private static long hashTuple(Object[] items) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        for (Object item : items) {
            long lane = hash(item);
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
