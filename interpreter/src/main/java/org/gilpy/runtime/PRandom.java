package org.gilpy.runtime;

import java.math.BigInteger;
import java.security.SecureRandom;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The state of a {@code _random.Random}: the 32-bit Mersenne Twister MT19937, seeded and
 * read exactly as CPython's {@code _random} does, so that {@code random.seed(n)} gives the
 * same sequence as CPython. The Python module {@code random} builds every distribution on
 * {@link #nextDouble()} and {@link #getrandbits(int)}.
 *
 * <p>Methods are synchronized: the state must stay consistent when threads share one
 * generator with the GIL off (free-threaded CPython locks the object too); an uncontended
 * monitor costs little next to the Python call around it.
 */
public final class PRandom extends PyObject {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final int[] state = new int[N];
    private int index;

    /** A generator seeded from the operating system's entropy, as CPython's constructor seeds. */
    public PRandom(PythonClass cls) {
        super(cls);
        seedFromEntropy();
    }

    /** Seeds from the operating system's entropy, as {@code seed(None)} does. */
    @TruffleBoundary
    public synchronized void seedFromEntropy() {
        int[] key = new int[N];
        SecureRandom entropy = new SecureRandom();
        for (int i = 0; i < N; i++) {
            key[i] = entropy.nextInt();
        }
        seedByArray(key);
    }

    /** Seeds with a non-negative integer: its 32-bit words, least significant first. */
    @TruffleBoundary
    public synchronized void seed(BigInteger n) {
        BigInteger magnitude = n.abs();
        int words = Math.max(1, (magnitude.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int i = 0; i < words; i++) {
            key[i] = magnitude.shiftRight(32 * i).intValue();
        }
        seedByArray(key);
    }

    private void seedWithInt(int s) {
        state[0] = s;
        for (int i = 1; i < N; i++) {
            state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        index = N;
    }

    private void seedByArray(int[] key) {
        seedWithInt(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            state[i] = (state[i] ^ ((state[i - 1] ^ (state[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = UPPER_MASK; // a non-zero initial state is assured
    }

    private void regenerate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            state[kk] = state[kk + M] ^ twist(state[kk], state[kk + 1]);
        }
        for (; kk < N - 1; kk++) {
            state[kk] = state[kk + (M - N)] ^ twist(state[kk], state[kk + 1]);
        }
        state[N - 1] = state[M - 1] ^ twist(state[N - 1], state[0]);
        index = 0;
    }

    private static int twist(int current, int next) {
        int y = (current & UPPER_MASK) | (next & LOWER_MASK);
        return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }

    private int nextWord() {
        if (index >= N) {
            regenerate();
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    /** A float in [0.0, 1.0) with 53 random bits, from two words as CPython combines them. */
    @TruffleBoundary
    public synchronized double nextDouble() {
        long high = (nextWord() & 0xffffffffL) >>> 5;
        long low = (nextWord() & 0xffffffffL) >>> 6;
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0);
    }

    /**
     * A non-negative integer of {@code k} random bits ({@code k >= 0}): one word's top bits
     * when {@code k <= 32}, otherwise words filled least significant first, the last one
     * keeping only its top bits. Returns a Long when it fits, a PBigInt otherwise.
     */
    @TruffleBoundary
    public synchronized Object getrandbits(int k) {
        if (k == 0) {
            return 0L;
        }
        if (k <= 32) {
            return (nextWord() & 0xffffffffL) >>> (32 - k);
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4 + 1]; // leading zero byte: non-negative
        int bitsLeft = k;
        for (int i = 0; i < words; i++, bitsLeft -= 32) {
            long word = nextWord() & 0xffffffffL;
            if (bitsLeft < 32) {
                word >>>= 32 - bitsLeft;
            }
            int at = bigEndian.length - 4 * (i + 1);
            bigEndian[at] = (byte) (word >>> 24);
            bigEndian[at + 1] = (byte) (word >>> 16);
            bigEndian[at + 2] = (byte) (word >>> 8);
            bigEndian[at + 3] = (byte) word;
        }
        return PyInts.normalize(new BigInteger(bigEndian));
    }

    /** The 624 state words and the position, as CPython's {@code getstate()} tuple holds them. */
    @TruffleBoundary
    public synchronized long[] getState() {
        long[] words = new long[N + 1];
        for (int i = 0; i < N; i++) {
            words[i] = state[i] & 0xffffffffL;
        }
        words[N] = index;
        return words;
    }

    /** Restores a state from {@link #getState()}; the caller has checked the length. */
    @TruffleBoundary
    public synchronized void setState(long[] words) {
        for (int i = 0; i < N; i++) {
            state[i] = (int) words[i];
        }
        index = (int) words[N];
    }

    public static int stateLength() {
        return N + 1;
    }
}
