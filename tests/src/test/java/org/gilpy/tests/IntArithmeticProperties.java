package org.gilpy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Python int semantics against a BigInteger reference: floor division and modulo take the
 * divisor's sign, shifts are arithmetic, results never overflow, and the long fast path
 * agrees with the BigInteger slow path across the 64-bit boundary.
 */
class IntArithmeticProperties {
    @Provide
    Arbitrary<BigInteger> ints() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1000, 1000).map(BigInteger::valueOf),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TWO.pow(70).negate(), BigInteger.TWO.pow(70)),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE - 1, Long.MIN_VALUE + 1).map(BigInteger::valueOf));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    @Property(tries = 150)
    void basicOperations(@ForAll("ints") BigInteger a, @ForAll("ints") BigInteger b) {
        String expected = a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.and(b) + " " + a.or(b) + " "
                + a.xor(b) + " " + a.negate() + " " + a.not() + " " + a.compareTo(b) + "\n";
        String code = "a, b = " + a + ", " + b + "\nprint(a + b, a - b, a * b, a & b, a | b, a ^ b, -a, ~a, (a > b) - (a < b))";
        assertEquals(expected, PythonEval.run(code));
    }

    @Property(tries = 150)
    void floorDivisionAndModulo(@ForAll("ints") BigInteger a, @ForAll("ints") BigInteger b) {
        if (b.signum() == 0) {
            assertEquals("ZeroDivisionError\n", PythonEval.run("try:\n    " + a + " // 0\nexcept ZeroDivisionError:\n    print('ZeroDivisionError')"));
            return;
        }
        BigInteger q = floorDiv(a, b);
        BigInteger r = a.subtract(q.multiply(b));
        String code = "a, b = " + a + ", " + b + "\nq, r = divmod(a, b)\nprint(a // b, a % b, q, r, q * b + r == a)";
        assertEquals(q + " " + r + " " + q + " " + r + " True\n", PythonEval.run(code));
    }

    @Property(tries = 100)
    void shifts(@ForAll("ints") BigInteger a, @ForAll @IntRange(min = 0, max = 130) int k) {
        String expected = a.shiftLeft(k) + " " + a.shiftRight(k) + " " + floorDiv(a, BigInteger.TWO.pow(k)) + "\n";
        assertEquals(expected, PythonEval.run("a = " + a + "\nprint(a << " + k + ", a >> " + k + ", a // 2 ** " + k + ")"));
    }

    @Property(tries = 100)
    void powers(@ForAll("ints") BigInteger a, @ForAll @IntRange(min = 0, max = 12) int e, @ForAll("ints") BigInteger m) {
        String expected = a.pow(e).toString();
        if (m.signum() != 0) {
            BigInteger r = a.modPow(BigInteger.valueOf(e), m.abs());
            if (m.signum() < 0 && r.signum() != 0) {
                r = r.add(m);
            }
            expected += " " + r;
            // parenthesised: -1 ** 2 would be -(1 ** 2) in Python
            assertEquals(expected + "\n", PythonEval.run("print((" + a + ") ** " + e + ", pow(" + a + ", " + e + ", " + m + "))"));
        } else {
            assertEquals(expected + "\n", PythonEval.run("print((" + a + ") ** " + e + ")"));
        }
    }
}
