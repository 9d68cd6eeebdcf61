package org.gilpy.runtime;

import java.math.BigInteger;
import java.util.regex.Pattern;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** {@code int()} and {@code float()} of strings and other objects, with CPython's rules and messages. */
public final class PyConversions {
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?((\\d(_?\\d)*)?\\.?\\d(_?\\d)*\\.?(\\d(_?\\d)*)?([eE][+-]?\\d(_?\\d)*)?)");

    private PyConversions() {
    }

    @TruffleBoundary
    public static Object parseInt(String text, long base) {
        String s = text.strip();
        String digits = s;
        boolean negative = false;
        if (digits.startsWith("+") || digits.startsWith("-")) {
            negative = digits.startsWith("-");
            digits = digits.substring(1);
        }
        long radix = base;
        if (digits.length() > 1 && digits.charAt(0) == '0' && Character.isLetter(digits.charAt(1))) {
            char p = Character.toLowerCase(digits.charAt(1));
            long prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : -1;
            if (prefixBase > 0 && (base == 0 || base == prefixBase)) {
                radix = prefixBase;
                digits = digits.substring(2);
                if (digits.startsWith("_")) {
                    digits = digits.substring(1);
                }
            }
        }
        if (radix == 0) {
            radix = 10;
            if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.replace("_", "").matches("0+")) {
                throw invalid(text, base);
            }
        }
        if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_") || digits.contains("__")) {
            throw invalid(text, base);
        }
        try {
            BigInteger value = new BigInteger(digits.replace("_", ""), (int) radix);
            if (negative) {
                value = value.negate();
            }
            return PyInts.normalize(value);
        } catch (NumberFormatException e) {
            throw invalid(text, base);
        }
    }

    private static PException invalid(String text, long base) {
        return PythonErrors.valueError("invalid literal for int() with base " + base + ": " + Repr.stringRepr(text));
    }

    @TruffleBoundary
    public static double parseFloat(String text) {
        String s = text.strip();
        String lower = s.toLowerCase();
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        if (!FLOAT.matcher(s).matches() || s.equals(".") || s.isEmpty()) {
            throw PythonErrors.valueError("could not convert string to float: " + Repr.stringRepr(text));
        }
        return Double.parseDouble(s.replace("_", ""));
    }

    /** {@code int(x)} for a non-string x. */
    @TruffleBoundary
    public static Object toInt(Object x) {
        if (x instanceof Long || x instanceof PBigInt) {
            return x;
        } else if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        } else if (x instanceof Double d) {
            return PyNumbers.doubleToInt(d);
        } else if (x instanceof String s) {
            return parseInt(s, 10);
        } else if (x instanceof PBytes b) {
            return parseInt(new String(b.getBytes(), java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        for (String method : new String[]{"__int__", "__index__", "__trunc__"}) {
            Object m = PyObjects.typeOf(x).lookup(method);
            if (m != null && !(m instanceof PBuiltinFunction)) {
                return PyCallables.call(m, x);
            }
        }
        throw PythonErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + PyObjects.typeName(x) + "'");
    }

    @TruffleBoundary
    public static double toFloat(Object x) {
        if (x instanceof String s) {
            return parseFloat(s);
        }
        if (x instanceof Double d) {
            return d;
        }
        if (PyInts.isInt(x)) {
            return PyNumbers.toDouble(x);
        }
        Object m = PyObjects.typeOf(x).lookup("__float__");
        if (m != null && !(m instanceof PBuiltinFunction)) {
            Object r = PyCallables.call(m, x);
            if (!(r instanceof Double d)) {
                throw PythonErrors.typeError(PyObjects.typeName(x) + ".__float__ returned non-float (type " + PyObjects.typeName(r) + ")");
            }
            return d;
        }
        m = PyObjects.typeOf(x).lookup("__index__");
        if (m != null && !(m instanceof PBuiltinFunction)) {
            return PyNumbers.toDouble(PyCallables.call(m, x));
        }
        throw PythonErrors.typeError("float() argument must be a string or a real number, not '" + PyObjects.typeName(x) + "'");
    }
}
