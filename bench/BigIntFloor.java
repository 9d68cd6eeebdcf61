import java.math.BigInteger;

/**
 * How fast the JVM itself can run the suite's big-int workload (factorial(5000), ten times a
 * round), with no interpreter in the way: gilpy's ints are {@link BigInteger}s once they leave
 * the long range, so the first column is gilpy's floor. The other two columns are what an own
 * representation of big ints could reach: little-endian limbs multiplied by a small factor in
 * one pass into an exactly sized array (BigInteger copies its result a second time whenever
 * the top limb does not carry), with 32-bit and with 64-bit limbs. Run by
 * {@code bench/bigint_floor.sh}, beside CPython.
 */
public final class BigIntFloor {
    private static final long LOW_32 = 0xffffffffL;
    private static final int N = 5000;

    private static int viaBigInteger() {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= N; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f.bitLength();
    }

    private static int via32BitLimbs() {
        int[] f = {1};
        for (int i = 2; i <= N; i++) {
            int n = f.length;
            int[] r = new int[n + 1];
            long carry = 0;
            for (int k = 0; k < n; k++) {
                long p = (f[k] & LOW_32) * i + carry;
                r[k] = (int) p;
                carry = p >>> 32;
            }
            r[n] = (int) carry;
            f = carry == 0 ? java.util.Arrays.copyOf(r, n) : r;
        }
        return (f.length - 1) * 32 + 32 - Integer.numberOfLeadingZeros(f[f.length - 1]);
    }

    private static int via64BitLimbs() {
        long[] f = {1};
        int n = 1; // limbs in use; f may have one spare zero limb on top
        for (int i = 2; i <= N; i++) {
            long[] r = new long[n + 1];
            long carry = 0;
            for (int k = 0; k < n; k++) {
                long low = f[k] * i;
                long high = Math.unsignedMultiplyHigh(f[k], i);
                long sum = low + carry;
                r[k] = sum;
                carry = high + (Long.compareUnsigned(sum, low) < 0 ? 1 : 0);
            }
            r[n] = carry;
            f = r;
            n = carry == 0 ? n : n + 1;
        }
        return (n - 1) * 64 + 64 - Long.numberOfLeadingZeros(f[n - 1]);
    }

    private interface Factorial {
        int bits();
    }

    private static double round(Factorial factorial) {
        long start = System.nanoTime();
        for (int k = 0; k < 10; k++) {
            if (factorial.bits() != 54233) {
                throw new AssertionError("wrong factorial");
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        System.out.println("round  BigInteger  32-bit limbs  64-bit limbs   (s per 10 factorials)");
        for (int r = 1; r <= rounds; r++) {
            double big = round(BigIntFloor::viaBigInteger);
            double limbs32 = round(BigIntFloor::via32BitLimbs);
            double limbs64 = round(BigIntFloor::via64BitLimbs);
            if (r > rounds / 2) { // the first half warms the JIT up
                System.out.printf("%5d  %10.4f  %12.4f  %12.4f%n", r, big, limbs32, limbs64);
            }
        }
    }
}
