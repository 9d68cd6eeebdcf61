package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** printf-style {@code str % args}, translated conversion by conversion onto {@link FormatSpec}. */
public final class PercentFormat {
    private PercentFormat() {
    }

    @TruffleBoundary
    public static String format(String fmt, Object args) {
        Object[] values;
        PDict mapping = null;
        if (args instanceof PTuple t) {
            values = t.getItems();
        } else {
            values = new Object[]{args};
            if (args instanceof PDict d) {
                mapping = d;
            }
        }
        StringBuilder out = new StringBuilder();
        int next = 0;
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                throw PythonErrors.valueError("incomplete format");
            }
            Object value = null;
            if (fmt.charAt(i) == '(') {
                int close = fmt.indexOf(')', i);
                if (mapping == null) {
                    throw PythonErrors.typeError("format requires a mapping");
                }
                value = PyItems.getItem(mapping, fmt.substring(i + 1, close));
                i = close + 1;
            }
            StringBuilder spec = new StringBuilder();
            char align = 0;
            char sign = 0;
            boolean alt = false;
            boolean zero = false;
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                switch (fmt.charAt(i++)) {
                    case '-' -> align = '<';
                    case '+' -> sign = '+';
                    case ' ' -> sign = sign == '+' ? '+' : ' ';
                    case '#' -> alt = true;
                    default -> zero = true;
                }
            }
            String width = "";
            if (i < n && fmt.charAt(i) == '*') {
                width = String.valueOf(PyNumbers.asIndex(values[next++]));
                i++;
            } else {
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                width = fmt.substring(start, i);
            }
            String precision = "";
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                int start = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) {
                    i++;
                }
                precision = "." + (i == start ? "0" : fmt.substring(start, i));
            }
            if (i >= n) {
                throw PythonErrors.valueError("incomplete format");
            }
            char type = fmt.charAt(i++);
            if (type == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (next >= values.length) {
                    throw PythonErrors.typeError("not enough arguments for format string");
                }
                value = values[next++];
            }
            if (align != 0) {
                spec.append(align);
            }
            if (sign != 0) {
                spec.append(sign);
            }
            switch (type) {
                case 's', 'r', 'a' -> {
                    String s = type == 's' ? PyObjects.str(value) : PyObjects.repr(value);
                    String strSpec = (align == 0 ? ">" : "<") + width + precision;
                    out.append(FormatSpec.format(s, strSpec));
                }
                case 'd', 'i', 'u' -> {
                    Object num = toNumber(value, type);
                    if (num instanceof Double d) {
                        num = PyNumbers.doubleToInt(d);
                    }
                    if (precision.isEmpty()) {
                        appendNumber(out, spec, zero && align == 0, width, "", num, 'd');
                    } else {
                        java.math.BigInteger big = PyInts.big(num);
                        String digits = big.abs().toString();
                        int minDigits = Integer.parseInt(precision.substring(1));
                        if (digits.length() < minDigits) {
                            digits = "0".repeat(minDigits - digits.length()) + digits;
                        }
                        String signed = (big.signum() < 0 ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "") + digits;
                        out.append(FormatSpec.format(signed, (align == '<' ? "<" : ">") + width));
                    }
                }
                case 'x', 'X', 'o' -> {
                    if (alt) {
                        spec.append('#');
                    }
                    appendNumber(out, spec, zero && align == 0, width, "", toInt(value, type), type);
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    if (alt) {
                        spec.append('#');
                    }
                    String p = precision.isEmpty() ? ".6" : precision;
                    appendNumber(out, spec, zero && align == 0, width, p, PyNumbers.toDouble(toNumber(value, type)), type);
                }
                case 'c' -> out.append(value instanceof String s ? s : new String(Character.toChars((int) PyNumbers.asIndex(value))));
                default -> throw PythonErrors.valueError("unsupported format character '" + type + "' (0x"
                        + Integer.toHexString(type) + ") at index " + (i - 1));
            }
        }
        if (next < values.length && mapping == null) {
            throw PythonErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static void appendNumber(StringBuilder out, StringBuilder spec, boolean zero, String width, String precision,
                                     Object value, char type) {
        if (zero) {
            spec.append('0');
        }
        spec.append(width).append(precision).append(type);
        out.append(FormatSpec.format(value, spec.toString()));
    }

    private static Object toNumber(Object value, char type) {
        if (PyNumbers.isReal(value)) {
            return value;
        }
        Object method = PyObjects.typeOf(value).lookup(type == 'd' || type == 'i' ? "__int__" : "__float__");
        if (method != null && !(method instanceof PBuiltinFunction)) {
            return PyCallables.call(method, value);
        }
        throw PythonErrors.typeError("%" + type + " format: a real number is required, not " + PyObjects.typeName(value));
    }

    private static Object toInt(Object value, char type) {
        if (PyInts.isInt(value)) {
            return value;
        }
        Object method = PyObjects.typeOf(value).lookup("__index__");
        if (method != null && !(method instanceof PBuiltinFunction)) {
            return PyCallables.call(method, value);
        }
        throw PythonErrors.typeError("%" + type + " format: an integer is required, not " + PyObjects.typeName(value));
    }
}
