package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.PBigInt;
import org.gilpy.runtime.PyCompare;
import org.gilpy.runtime.CompareOp;
import org.gilpy.runtime.PyEquality;
import org.gilpy.runtime.PyHash;
import org.gilpy.runtime.PyInts;

/**
 * {@link PBigInt}'s own limb arithmetic against {@link BigInteger}, directly (no interpreter):
 * the values are chosen to hit the edges of 64-bit limbs (all-ones limbs that carry through,
 * powers of two that borrow, +-2**63 at the Long boundary) and sizes on both sides of the
 * schoolbook limit, so that every carry, borrow, growth and normalisation path runs.
 */
class BigIntProperties {
    @Provide
    Arbitrary<BigInteger> ints() {
        Arbitrary<Integer> limbs = Arbitraries.integers().between(1, 50);
        Arbitrary<BigInteger> edges = Arbitraries.oneOf(
                limbs.map(k -> BigInteger.ONE.shiftLeft(64 * k).subtract(BigInteger.ONE)), // all-ones limbs
                limbs.map(k -> BigInteger.ONE.shiftLeft(64 * k)),
                limbs.map(k -> BigInteger.ONE.shiftLeft(64 * k - 1)),
                Arbitraries.of(BigInteger.ONE.shiftLeft(63), BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
        Arbitrary<BigInteger> random = Arbitraries.integers().between(1, 64 * 50)
                .flatMap(bits -> Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(bits)));
        Arbitrary<BigInteger> magnitudes = Arbitraries.oneOf(edges, random, Arbitraries.longs().map(BigInteger::valueOf));
        return Arbitraries.oneOf(magnitudes, magnitudes.map(BigInteger::negate),
                Arbitraries.of(-1L, 0L, 1L, Long.MIN_VALUE, Long.MAX_VALUE).map(BigInteger::valueOf));
    }

    /** A Python int as gilpy holds it, checking the representation invariant on the way. */
    private static Object py(BigInteger v) {
        Object o = PyInts.normalize(v);
        if (v.bitLength() < 64) {
            assertEquals(v.longValue(), o);
        } else {
            assertInstanceOf(PBigInt.class, o);
        }
        return o;
    }

    private static BigInteger back(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        }
        assertInstanceOf(PBigInt.class, o, "a result that fits a long must be a Long");
        BigInteger b = ((PBigInt) o).toBigInteger();
        assertEquals(true, b.bitLength() >= 64, "a PBigInt must not fit a long: " + b);
        return b;
    }

    @Property(tries = 400)
    void roundTripsThroughBigInteger(@ForAll("ints") BigInteger a) {
        assertEquals(a, back(py(a)));
    }

    @Property(tries = 400)
    void addSubtractMultiply(@ForAll("ints") BigInteger a, @ForAll("ints") BigInteger b) {
        Object x = py(a);
        Object y = py(b);
        assertEquals(a.add(b), back(PyInts.op(BinaryOp.ADD, x, y)));
        assertEquals(a.subtract(b), back(PyInts.op(BinaryOp.SUB, x, y)));
        assertEquals(a.multiply(b), back(PyInts.op(BinaryOp.MUL, x, y)));
        assertEquals(a.negate(), back(PyInts.negate(x)));
    }

    @Property(tries = 400)
    void multiplyByALong(@ForAll("ints") BigInteger a, @ForAll long m) {
        assertEquals(a.multiply(BigInteger.valueOf(m)), back(PyInts.op(BinaryOp.MUL, py(a), m)));
        assertEquals(a.multiply(BigInteger.valueOf(m)), back(PyInts.op(BinaryOp.MUL, m, py(a))));
    }

    /** A carry or borrow that runs through every limb: 2**(64k) - 1 + d and 2**(64k) - d, both signs. */
    @Property(tries = 200)
    void carriesAndBorrowsThroughAllLimbs(@ForAll @IntRange(min = 1, max = 50) int k,
            @ForAll @IntRange(min = -3, max = 3) int d, @ForAll boolean negative) {
        BigInteger ones = BigInteger.ONE.shiftLeft(64 * k).subtract(BigInteger.ONE);
        BigInteger power = BigInteger.ONE.shiftLeft(64 * k);
        for (BigInteger a : new BigInteger[] {ones, power}) {
            BigInteger signed = negative ? a.negate() : a;
            BigInteger delta = BigInteger.valueOf(d);
            assertEquals(signed.add(delta), back(PyInts.op(BinaryOp.ADD, py(signed), (long) d)));
            assertEquals(signed.subtract(delta), back(PyInts.op(BinaryOp.SUB, py(signed), (long) d)));
            assertEquals(delta.subtract(signed), back(PyInts.op(BinaryOp.SUB, (long) d, py(signed))));
            assertEquals(signed.add(signed), back(PyInts.op(BinaryOp.ADD, py(signed), py(signed))));
        }
        // limbs that sum to all ones and then take the carry: 2**(64k-1) + c plus 2**(64k-1) - c
        BigInteger half = power.shiftRight(1).add(BigInteger.valueOf(12345 + d));
        BigInteger rest = power.subtract(half);
        BigInteger sign = negative ? BigInteger.ONE.negate() : BigInteger.ONE;
        assertEquals(power.multiply(sign), back(PyInts.op(BinaryOp.ADD, py(half.multiply(sign)), py(rest.multiply(sign)))));
        assertEquals(half.subtract(power).multiply(sign), back(PyInts.op(BinaryOp.SUB, py(half.multiply(sign)), py(power.multiply(sign)))));
    }

    /** A factorial grows by one limb at irregular steps: each step must match BigInteger's. */
    @Property(tries = 20)
    void growingProducts(@ForAll @IntRange(min = 2, max = 2_000_000_000) int step) {
        Object f = 1L;
        BigInteger expected = BigInteger.ONE;
        for (long i = step; i < step + 300L; i++) {
            f = PyInts.op(BinaryOp.MUL, f, i);
            expected = expected.multiply(BigInteger.valueOf(i));
            assertEquals(expected, back(f));
        }
    }

    @Property(tries = 400)
    void comparesEqualsAndHashesAsPythonDoes(@ForAll("ints") BigInteger a, @ForAll("ints") BigInteger b) {
        Object x = py(a);
        Object y = py(b);
        int c = a.compareTo(b);
        assertEquals(c < 0, PyCompare.compareNumbers(CompareOp.LT, x, y));
        assertEquals(c == 0, PyCompare.compareNumbers(CompareOp.EQ, x, y));
        assertEquals(c > 0, PyCompare.compareNumbers(CompareOp.GT, x, y));
        if (x instanceof PBigInt == y instanceof PBigInt) { // a Long against a PBigInt goes to rich comparison
            assertEquals(c == 0, PyEquality.equal(x, y));
        }
        // CPython: hash(n) = sign(n) * (|n| mod 2**61 - 1), and -1 becomes -2
        BigInteger modulus = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
        long h = a.abs().mod(modulus).longValue() * a.signum();
        assertEquals(h == -1 ? -2 : h, PyHash.hash(x));
        if (x instanceof PBigInt big) {
            assertEquals(a.abs().bitLength(), big.bitLength());
        }
    }
}
