package org.gilpy.runtime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import static com.oracle.truffle.api.CompilerDirectives.injectBranchProbability;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The platform's C math library, called through the foreign-function API. CPython computes
 * {@code math.log}, {@code math.sin} and the other transcendental functions with the C
 * library, whose last bit sometimes differs from Java's {@code Math}; calling the same
 * library gives the same floats, so that for example {@code random.gauss} repeats CPython's
 * sequence exactly. Where no C library can be found, {@link StrictMath} stands in.
 */
public final class LibM {
    private static final Map<String, MethodHandle> UNARY = new HashMap<>();
    private static final Map<String, MethodHandle> BINARY = new HashMap<>();

    static {
        try {
            bind();
        } catch (UnsupportedOperationException | IllegalCallerException noNativeAccess) {
            UNARY.clear(); // no native access granted: every function falls back to StrictMath
            BINARY.clear();
        }
    }

    private static void bind() {
        SymbolLookup library = findLibrary();
        if (library != null) {
            Linker linker = Linker.nativeLinker();
            FunctionDescriptor one = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
            FunctionDescriptor two = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
            for (String name : new String[]{"exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin",
                "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "cbrt", "exp2", "erf", "erfc", "tgamma",
                "lgamma"}) {
                library.find(name).ifPresent(address -> UNARY.put(name, linker.downcallHandle(address, one, Linker.Option.critical(false))));
            }
            for (String name : new String[]{"atan2", "pow", "fmod", "nextafter"}) {
                library.find(name).ifPresent(address -> BINARY.put(name, linker.downcallHandle(address, two, Linker.Option.critical(false))));
            }
        }
    }

    /**
     * The C library's {@code pow}, the one CPython's {@code **} on floats calls: it is not
     * always correctly rounded (for {@code x ** 0.5} it can differ from the square root in the
     * last bit), and Java's {@code Math.pow} rounds differently, so a long float computation
     * such as nbody drifts away from CPython's numbers. Held in a constant so that the host
     * compiler links the call site directly.
     */
    private static final MethodHandle POW = BINARY.get("pow");

    /**
     * Whether {@link #POW} is glibc's (2.28 or later), whose {@code pow} is documented to be
     * within 0.54 ULP of the exact result: wherever the exact result is more than 0.46 ULP from
     * the midpoint between two doubles, it is the correctly rounded double, which {@link #pow}
     * then computes without calling C. (Measured on 200 million random {@code x ** 0.5}:
     * glibc's result differs from the correctly rounded square root in 0.085% of them, all
     * within 0.009 ULP of a midpoint.)
     */
    private static final boolean POW_WITHIN_054_ULP = POW != null && glibcAtLeast(2, 28);

    /** Beyond these magnitudes the exact-residual tricks of {@link #pow} could underflow or overflow. */
    private static final double FAST_POW_MIN = 0x1p-500;
    private static final double FAST_POW_MAX = 0x1p500;
    private static final long MANTISSA = (1L << 52) - 1;
    /** How often {@link #sureToRoundTo} holds on random arguments: the exact result is within 0.45 ULP of 90% of doubles. */
    private static final double SURE = 0.9;

    private LibM() {
    }

    private static SymbolLookup findLibrary() {
        try {
            for (String name : new String[]{"libm.so.6", "libm.dylib", "libm.so"}) {
                try {
                    return SymbolLookup.libraryLookup(name, java.lang.foreign.Arena.global());
                } catch (IllegalArgumentException notThere) {
                    // try the next name
                }
            }
            return Linker.nativeLinker().defaultLookup();
        } catch (UnsupportedOperationException | IllegalCallerException noNativeAccess) {
            return null;
        }
    }

    /** {@code name(x)} from the C library, or {@code fallback(x)} when it has no such function. */
    @TruffleBoundary
    public static double unary(String name, double x, DoubleUnaryOperator fallback) {
        MethodHandle handle = UNARY.get(name);
        if (handle == null) {
            return fallback.applyAsDouble(x);
        }
        try {
            return (double) handle.invokeExact(x);
        } catch (Throwable t) {
            throw new IllegalStateException("libm " + name, t);
        }
    }

    /** {@code name(x, y)} from the C library, or {@code fallback(x, y)} when it has no such function. */
    @TruffleBoundary
    public static double binary(String name, double x, double y, DoubleBinaryOperator fallback) {
        MethodHandle handle = BINARY.get(name);
        if (handle == null) {
            return fallback.applyAsDouble(x, y);
        }
        try {
            return (double) handle.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm " + name, t);
        }
    }

    /**
     * C's {@code pow(x, y)} ({@link StrictMath#pow} where there is no C library). The common
     * {@code x ** 0.5} and {@code x ** 2} are computed in Java when the result is sure to be the
     * same: the correctly rounded square (or square root) and its exact residual, from a fused
     * multiply-add, tell how far the exact result is from a rounding midpoint.
     */
    public static double pow(double x, double y) {
        if (POW_WITHIN_054_ULP) {
            double magnitude = Math.abs(x);
            if (magnitude >= FAST_POW_MIN && magnitude <= FAST_POW_MAX) {
                if (y == 0.5 && x > 0) {
                    double root = Math.sqrt(x); // the exact root is root + residual / (2 * root)
                    if (injectBranchProbability(SURE, sureToRoundTo(root, Math.fma(-root, root, x), 2 * root))) {
                        return root;
                    }
                } else if (y == 2) {
                    double square = x * x;
                    if (injectBranchProbability(SURE, sureToRoundTo(square, Math.fma(x, x, -square), 1))) {
                        return square;
                    }
                }
            }
        }
        return cPow(x, y);
    }

    /**
     * Whether an exact result {@code rounded + residual / divisor} (rounded positive and
     * normal) is more than 0.46 ULP from a rounding midpoint, so that glibc's {@code pow} also
     * gives {@code rounded}: it is within 0.45 ULP of it (0.01 for the rounding of this test).
     * A power of two is left to C: the doubles below it are twice as dense. Written without a
     * branch on the residual's sign, which would be taken at random.
     */
    private static boolean sureToRoundTo(double rounded, double residual, double divisor) {
        return (Double.doubleToRawLongBits(rounded) & MANTISSA) != 0
                && Math.abs(residual) <= 0.45 * divisor * Math.ulp(rounded);
    }

    @TruffleBoundary
    private static double cPow(double x, double y) {
        if (POW == null) {
            return StrictMath.pow(x, y);
        }
        try {
            return (double) POW.invokeExact(x, y);
        } catch (Throwable t) {
            throw new IllegalStateException("libm pow", t);
        }
    }

    /** Whether the process runs on GNU libc of at least this version. */
    private static boolean glibcAtLeast(int major, int minor) {
        try {
            Linker linker = Linker.nativeLinker();
            var function = linker.defaultLookup().find("gnu_get_libc_version");
            if (function.isEmpty()) {
                return false;
            }
            MemorySegment text = (MemorySegment) linker.downcallHandle(function.get(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS)).invokeExact();
            String[] version = text.reinterpret(32).getString(0).split("\\.");
            int foundMajor = Integer.parseInt(version[0]);
            int foundMinor = version.length > 1 ? Integer.parseInt(version[1].replaceAll("\\D.*", "")) : 0;
            return foundMajor > major || (foundMajor == major && foundMinor >= minor);
        } catch (Throwable notKnown) {
            return false;
        }
    }

    public static double log(double x) {
        return unary("log", x, StrictMath::log);
    }
}
