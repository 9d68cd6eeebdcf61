package org.gilpy.runtime;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

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

    public static double log(double x) {
        return unary("log", x, StrictMath::log);
    }
}
