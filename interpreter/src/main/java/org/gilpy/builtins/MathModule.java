package org.gilpy.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.*;

/** The {@code math} module, with CPython's domain and range errors. */
public final class MathModule implements BuiltinModule {
    @Override
    public String name() {
        return "math";
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return MathModuleFactory.getFactories();
    }

    @Override
    public void initialize(GilpyContext context, PDict ns) {
        ns.put("pi", Math.PI);
        ns.put("e", Math.E);
        ns.put("tau", 2 * Math.PI);
        ns.put("inf", Double.POSITIVE_INFINITY);
        ns.put("nan", Double.NaN);
        for (String fn : UNARY_FUNCTIONS) {
            ns.put(fn, BuiltinRegistry.create(context.getLanguage(), context.getTypes(), fn, "", "x, /", "", false,
                    new UnaryFunctionNode(fn)));
        }
    }

    /** The one-argument float functions, one parametrised node for all of them. */
    private static final String[] UNARY_FUNCTIONS = {"exp", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh",
        "tanh", "fabs", "degrees", "radians", "log2", "log10", "log1p", "expm1", "asinh", "acosh", "atanh", "erf", "erfc",
        "gamma", "lgamma", "cbrt", "exp2", "ulp"};

    static final class UnaryFunctionNode extends BuiltinNode.Unary {
        private final String function;

        UnaryFunctionNode(String function) {
            this.function = function;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object x) {
            return unary(function, x);
        }
    }

    static double d(Object x) {
        return PyNumbers.toDouble(x);
    }

    static PException domain() {
        return PythonErrors.valueError("math domain error");
    }

    static double checked(double result, double... inputs) {
        if (Double.isNaN(result)) {
            for (double in : inputs) {
                if (Double.isNaN(in)) {
                    return result;
                }
            }
            throw domain();
        }
        if (Double.isInfinite(result)) {
            for (double in : inputs) {
                if (Double.isInfinite(in)) {
                    return result;
                }
            }
            throw PythonErrors.overflow("math range error");
        }
        return result;
    }

    /** One-argument float functions, dispatched on a name so each needs no class of its own. */
    @TruffleBoundary
    static Object unary(String fn, Object arg) {
        if (fn.equals("log2") || fn.equals("log10")) {
            return logOf(arg, fn.equals("log2") ? 2 : 10); // before converting: ints beyond a float have logs
        }
        double x = d(arg);
        return switch (fn) {
            case "sqrt" -> {
                if (x < 0) {
                    throw domain();
                }
                yield Math.sqrt(x);
            }
            case "exp" -> checked(LibM.unary("exp", x, Math::exp), x);
            case "sin" -> checked(LibM.unary("sin", x, Math::sin), x);
            case "cos" -> checked(LibM.unary("cos", x, Math::cos), x);
            case "tan" -> checked(LibM.unary("tan", x, Math::tan), x);
            case "asin" -> checked(LibM.unary("asin", x, Math::asin), x);
            case "acos" -> checked(LibM.unary("acos", x, Math::acos), x);
            case "atan" -> LibM.unary("atan", x, Math::atan);
            case "sinh" -> checked(LibM.unary("sinh", x, Math::sinh), x);
            case "cosh" -> checked(LibM.unary("cosh", x, Math::cosh), x);
            case "tanh" -> LibM.unary("tanh", x, Math::tanh);
            case "fabs" -> Math.abs(x);
            case "degrees" -> Math.toDegrees(x);
            case "radians" -> Math.toRadians(x);
            case "log1p" -> {
                if (x <= -1) {
                    throw domain();
                }
                yield LibM.unary("log1p", x, Math::log1p);
            }
            case "expm1" -> checked(LibM.unary("expm1", x, Math::expm1), x);
            case "asinh" -> LibM.unary("asinh", x, v -> Math.log(v + Math.sqrt(v * v + 1)));
            case "acosh" -> {
                if (x < 1) {
                    throw domain();
                }
                yield LibM.unary("acosh", x, v -> Math.log(v + Math.sqrt(v * v - 1)));
            }
            case "atanh" -> {
                if (Math.abs(x) >= 1) {
                    throw domain();
                }
                yield LibM.unary("atanh", x, v -> 0.5 * Math.log((1 + v) / (1 - v)));
            }
            case "erf" -> LibM.unary("erf", x, cLibraryOnly("erf"));
            case "erfc" -> LibM.unary("erfc", x, cLibraryOnly("erfc"));
            case "gamma" -> {
                if (x <= 0 && x == Math.rint(x) || x == Double.NEGATIVE_INFINITY) {
                    throw domain();
                }
                yield checked(LibM.unary("tgamma", x, cLibraryOnly("gamma")), x);
            }
            case "lgamma" -> {
                if (x <= 0 && x == Math.rint(x)) {
                    throw domain();
                }
                yield checked(LibM.unary("lgamma", x, cLibraryOnly("lgamma")), x);
            }
            case "cbrt" -> LibM.unary("cbrt", x, Math::cbrt);
            case "exp2" -> checked(LibM.unary("exp2", x, v -> Math.pow(2, v)), x);
            case "ulp" -> Double.isNaN(x) || Double.isInfinite(x) ? Math.abs(x) : Math.ulp(x);
            default -> throw new IllegalArgumentException(fn);
        };
    }

    /** The fallback of functions only the C library computes (Java has no erf or gamma). */
    private static java.util.function.DoubleUnaryOperator cLibraryOnly(String function) {
        return v -> {
            throw PythonErrors.create("OSError", "math." + function + " needs the platform's C math library");
        };
    }

    /**
     * log of an int or float to base e, 2 or 10, as CPython computes it: an int too large for a
     * float is split into a mantissa in [0.5, 1) and a power of two, {@code log(m) + log(2) * e}.
     */
    @TruffleBoundary
    static double logOf(Object arg, double base) {
        if (arg instanceof PBigInt big) {
            if (big.signum() < 0) {
                throw domain();
            }
            BigInteger b = big.toBigInteger();
            double x = b.doubleValue();
            if (Double.isInfinite(x)) {
                int e = b.bitLength();
                double m = Math.scalb(b.shiftRight(e - 64).doubleValue(), -64);
                return logTo(base, m) + logTo(base, 2.0) * e;
            }
            return logTo(base, x);
        }
        double x = d(arg);
        if (x <= 0) {
            throw domain();
        }
        return logTo(base, x);
    }

    private static double logTo(double base, double x) {
        if (base == 2) {
            return LibM.unary("log2", x, v -> Math.log(v) / Math.log(2));
        } else if (base == 10) {
            return LibM.unary("log10", x, Math::log10);
        }
        return LibM.log(x);
    }

    @Builtin(name = "sqrt", params = "x, /")
    @GenerateNodeFactory
    abstract static class SqrtNode extends BuiltinNode.Unary {
        @Specialization
        Object sqrt(double x) {
            if (x < 0) {
                throw domain();
            }
            return Math.sqrt(x);
        }

        @Specialization
        Object sqrt(Object x) {
            return unary("sqrt", x);
        }
    }

    @Builtin(name = "log", params = "x, base=?, /")
    @GenerateNodeFactory
    abstract static class LogNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object log(Object x, Object base) {
            double ln = logOf(x, Math.E);
            if (base == PNone.NO_VALUE) {
                return ln;
            }
            double lb = logOf(base, Math.E);
            if (lb == 0) {
                throw PythonErrors.zeroDivision("float division by zero");
            }
            return ln / lb;
        }
    }

    @Builtin(name = "atan2", params = "y, x, /")
    @GenerateNodeFactory
    abstract static class Atan2Node extends BuiltinNode.Binary {
        @Specialization
        Object atan2(Object y, Object x) {
            return LibM.binary("atan2", d(y), d(x), Math::atan2);
        }
    }

    @Builtin(name = "hypot", params = "*coordinates")
    @GenerateNodeFactory
    abstract static class HypotNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object hypot(Object coords) {
            double sum = 0;
            for (Object c : ((PTuple) coords).getItems()) {
                double v = d(c);
                sum += v * v;
            }
            return Math.sqrt(sum);
        }
    }

    /** (m, e) with x == m * 2**e and 0.5 <= abs(m) < 1 (m == x for zeros, infinities and NaN). */
    @Builtin(name = "frexp", params = "x, /")
    @GenerateNodeFactory
    abstract static class FrexpNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object frexp(Object x) {
            double v = d(x);
            if (v == 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                return PTuple.of(v, 0L);
            }
            int exponent = Math.getExponent(v);
            if (exponent == Double.MIN_EXPONENT - 1) { // subnormal: normalise first
                v *= 0x1p54;
                exponent = Math.getExponent(v) - 54;
            } else {
                v = d(x);
            }
            double mantissa = Math.scalb(d(x), -(exponent + 1));
            return PTuple.of(mantissa, (long) exponent + 1);
        }
    }

    @Builtin(name = "ldexp", params = "x, i, /")
    @GenerateNodeFactory
    abstract static class LdexpNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object ldexp(Object x, Object i) {
            double v = d(x);
            if (!(PyInts.isInt(i))) {
                throw PythonErrors.typeError("Expected an int as second argument to ldexp.");
            }
            long e = PyNumbers.asIndexClamped(i);
            double r = Math.scalb(v, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, e)));
            return checked(r, v);
        }
    }

    @Builtin(name = "remainder", params = "x, y, /")
    @GenerateNodeFactory
    abstract static class RemainderNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object remainder(Object x, Object y) {
            double a = d(x);
            double b = d(y);
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return Double.NaN;
            }
            if (Double.isInfinite(a) || b == 0) {
                throw domain();
            }
            return Math.IEEEremainder(a, b);
        }
    }

    @Builtin(name = "nextafter", params = "x, y, /")
    @GenerateNodeFactory
    abstract static class NextafterNode extends BuiltinNode.Binary {
        @Specialization
        Object nextafter(Object x, Object y) {
            return Math.nextAfter(d(x), d(y));
        }
    }

    @Builtin(name = "dist", params = "p, q, /")
    @GenerateNodeFactory
    abstract static class DistNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object dist(Object p, Object q) {
            Object[] a = PyObjects.toArray(p);
            Object[] b = PyObjects.toArray(q);
            if (a.length != b.length) {
                throw PythonErrors.valueError("both points must have the same number of dimensions");
            }
            double sum = 0;
            for (int i = 0; i < a.length; i++) {
                double delta = d(a[i]) - d(b[i]);
                sum += delta * delta;
            }
            return Math.sqrt(sum);
        }
    }

    @Builtin(name = "pow", params = "x, y, /")
    @GenerateNodeFactory
    abstract static class PowNode extends BuiltinNode.Binary {
        @Specialization
        Object pow(Object x, Object y) {
            double a = d(x);
            double b = d(y);
            if (a == 0 && b < 0) {
                throw domain();
            }
            return checked(LibM.pow(a, b), a, b);
        }
    }

    @Builtin(name = "floor", params = "x, /")
    @GenerateNodeFactory
    abstract static class FloorNode extends BuiltinNode.Unary {
        @Specialization
        Object floor(Object x) {
            if (PyInts.isInt(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (!(x instanceof Double)) {
                Object m = PyObjects.typeOf(x).lookup("__floor__");
                if (m != null) {
                    return PyCallables.call(m, x);
                }
            }
            return PyNumbers.doubleToInt(Math.floor(d(x)));
        }
    }

    @Builtin(name = "ceil", params = "x, /")
    @GenerateNodeFactory
    abstract static class CeilNode extends BuiltinNode.Unary {
        @Specialization
        Object ceil(Object x) {
            if (PyInts.isInt(x)) {
                return x instanceof Boolean b ? (Object) (b ? 1L : 0L) : x;
            }
            if (!(x instanceof Double)) {
                Object m = PyObjects.typeOf(x).lookup("__ceil__");
                if (m != null) {
                    return PyCallables.call(m, x);
                }
            }
            return PyNumbers.doubleToInt(Math.ceil(d(x)));
        }
    }

    @Builtin(name = "trunc", params = "x, /")
    @GenerateNodeFactory
    abstract static class TruncNode extends BuiltinNode.Unary {
        @Specialization
        Object trunc(Object x) {
            if (PyInts.isInt(x)) {
                return x;
            }
            return PyNumbers.doubleToInt(d(x));
        }
    }

    @Builtin(name = "factorial", params = "n, /")
    @GenerateNodeFactory
    abstract static class FactorialNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object factorial(Object n) {
            if (!PyInts.isInt(n)) {
                throw PythonErrors.typeError("'" + PyObjects.typeName(n) + "' object cannot be interpreted as an integer");
            }
            long v = PyNumbers.asIndex(n);
            if (v < 0) {
                throw PythonErrors.valueError("factorial() not defined for negative values");
            }
            return PyInts.normalize(product(1, v));
        }

        /** Product of lo..hi by splitting in halves, much faster than a running product for big n. */
        private static BigInteger product(long lo, long hi) {
            if (hi - lo < 16) {
                BigInteger r = BigInteger.ONE;
                for (long i = Math.max(lo, 1); i <= hi; i++) {
                    r = r.multiply(BigInteger.valueOf(i));
                }
                return r;
            }
            long mid = (lo + hi) >>> 1;
            return product(lo, mid).multiply(product(mid + 1, hi));
        }
    }

    @Builtin(name = "gcd", params = "*integers")
    @GenerateNodeFactory
    abstract static class GcdNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object gcd(Object args) {
            BigInteger g = BigInteger.ZERO;
            for (Object a : ((PTuple) args).getItems()) {
                g = g.gcd(PyInts.big(PyInts.isInt(a) ? a : (Object) PyNumbers.asIndex(a)));
            }
            return PyInts.normalize(g);
        }
    }

    @Builtin(name = "lcm", params = "*integers")
    @GenerateNodeFactory
    abstract static class LcmNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object lcm(Object args) {
            BigInteger l = BigInteger.ONE;
            for (Object a : ((PTuple) args).getItems()) {
                BigInteger b = PyInts.big(a);
                if (b.signum() == 0) {
                    return 0L;
                }
                l = l.multiply(b).abs().divide(l.gcd(b));
            }
            return PyInts.normalize(l);
        }
    }

    @Builtin(name = "isqrt", params = "n, /")
    @GenerateNodeFactory
    abstract static class IsqrtNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object isqrt(Object n) {
            BigInteger v = PyInts.big(PyInts.isInt(n) ? n : (Object) PyNumbers.asIndex(n));
            if (v.signum() < 0) {
                throw PythonErrors.valueError("isqrt() argument must be nonnegative");
            }
            return PyInts.normalize(v.sqrt());
        }
    }

    @Builtin(name = "isclose", params = "a, b, *, rel_tol=?, abs_tol=?")
    @GenerateNodeFactory
    abstract static class IscloseNode extends BuiltinNode.Varargs {
        @Specialization
        Object isclose(Object[] a) {
            double x = d(a[0]);
            double y = d(a[1]);
            double rel = a[2] == PNone.NO_VALUE ? 1e-9 : d(a[2]);
            double abs = a[3] == PNone.NO_VALUE ? 0.0 : d(a[3]);
            if (x == y) {
                return true;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return false;
            }
            double diff = Math.abs(y - x);
            return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
        }
    }

    @Builtin(name = "isnan", params = "x, /")
    @GenerateNodeFactory
    abstract static class IsnanNode extends BuiltinNode.Unary {
        @Specialization
        Object isnan(Object x) {
            return Double.isNaN(d(x));
        }
    }

    @Builtin(name = "isinf", params = "x, /")
    @GenerateNodeFactory
    abstract static class IsinfNode extends BuiltinNode.Unary {
        @Specialization
        Object isinf(Object x) {
            return Double.isInfinite(d(x));
        }
    }

    @Builtin(name = "isfinite", params = "x, /")
    @GenerateNodeFactory
    abstract static class IsfiniteNode extends BuiltinNode.Unary {
        @Specialization
        Object isfinite(Object x) {
            return Double.isFinite(d(x));
        }
    }

    @Builtin(name = "copysign", params = "x, y, /")
    @GenerateNodeFactory
    abstract static class CopysignNode extends BuiltinNode.Binary {
        @Specialization
        Object copysign(Object x, Object y) {
            return Math.copySign(d(x), d(y));
        }
    }

    @Builtin(name = "fmod", params = "x, y, /")
    @GenerateNodeFactory
    abstract static class FmodNode extends BuiltinNode.Binary {
        @Specialization
        Object fmod(Object x, Object y) {
            double b = d(y);
            if (b == 0) {
                throw domain();
            }
            return d(x) % b;
        }
    }

    @Builtin(name = "fsum", params = "seq, /")
    @GenerateNodeFactory
    abstract static class FsumNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object fsum(Object seq) {
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (Object o : PyObjects.toArray(seq)) {
                sum = sum.add(new java.math.BigDecimal(d(o)));
            }
            return sum.doubleValue();
        }
    }

    @Builtin(name = "prod", params = "iterable, /, *, start=?")
    @GenerateNodeFactory
    abstract static class ProdNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object prod(Object iterable, Object start) {
            Object r = start == PNone.NO_VALUE ? 1L : start;
            for (Object o : PyObjects.toArray(iterable)) {
                r = PyNumbers.binary(BinaryOp.MUL, r, o);
            }
            return r;
        }
    }

    @Builtin(name = "comb", params = "n, k, /")
    @GenerateNodeFactory
    abstract static class CombNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object comb(Object n, Object k) {
            long nn = PyNumbers.asIndex(n);
            long kk = PyNumbers.asIndex(k);
            if (nn < 0 || kk < 0) {
                throw PythonErrors.valueError((nn < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (kk > nn) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            kk = Math.min(kk, nn - kk);
            for (long i = 0; i < kk; i++) {
                r = r.multiply(BigInteger.valueOf(nn - i)).divide(BigInteger.valueOf(i + 1));
            }
            return PyInts.normalize(r);
        }
    }

    @Builtin(name = "perm", params = "n, k=?, /")
    @GenerateNodeFactory
    abstract static class PermNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object perm(Object n, Object k) {
            long nn = PyNumbers.asIndex(n);
            long kk = k == PNone.NO_VALUE || k == PNone.NONE ? nn : PyNumbers.asIndex(k);
            if (nn < 0 || kk < 0) {
                throw PythonErrors.valueError((nn < 0 ? "n" : "k") + " must be a non-negative integer");
            }
            if (kk > nn) {
                return 0L;
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0; i < kk; i++) {
                r = r.multiply(BigInteger.valueOf(nn - i));
            }
            return PyInts.normalize(r);
        }
    }

    @Builtin(name = "modf", params = "x, /")
    @GenerateNodeFactory
    abstract static class ModfNode extends BuiltinNode.Unary {
        @Specialization
        Object modf(Object x) {
            double v = d(x);
            double intPart = v < 0 ? Math.ceil(v) : Math.floor(v);
            return new PTuple(new Object[]{Math.copySign(v - intPart, v), intPart});
        }
    }
}
