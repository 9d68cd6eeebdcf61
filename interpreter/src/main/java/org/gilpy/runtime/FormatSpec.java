package org.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The format-spec mini-language ({@code [[fill]align][sign][z][#][0][width][,|_][.prec][type]})
 * used by {@code format()}, {@code str.format} and f-strings. Floats are rounded from their
 * exact binary value with round-half-even, which is what CPython's dtoa does.
 */
public final class FormatSpec {
    char fill = ' ';
    char align;          // 0 when not given
    char sign = '-';
    boolean alternate;
    boolean zeroPad;
    int width = -1;
    char grouping;       // 0, ',' or '_'
    int precision = -1;
    char type;           // 0 when not given

    @TruffleBoundary
    public static String format(Object value, String spec) {
        PythonClass cls = PyObjects.typeOf(value);
        if (!cls.isBuiltin()) {
            Object method = cls.lookup("__format__");
            if (method != null && !(method instanceof PBuiltinFunction)) {
                Object r = PyCallables.call(method, value, spec);
                if (!(r instanceof String s)) {
                    throw PythonErrors.typeError("__format__ must return a str, not " + PyObjects.typeName(r));
                }
                return s;
            }
        }
        if (spec.isEmpty()) {
            return PyObjects.str(value);
        }
        FormatSpec f = parse(spec);
        if (value instanceof Boolean b && f.type == 0) {
            return f.formatInt(BigInteger.valueOf(b ? 1 : 0));
        }
        if (PyInts.isInt(value)) {
            if (f.type != 0 && "eEfFgG%".indexOf(f.type) >= 0) {
                return f.formatFloat(PyNumbers.toDouble(value));
            }
            return f.formatInt(PyInts.big(value));
        }
        if (value instanceof Double d) {
            return f.formatFloat(d);
        }
        if (value instanceof String s) {
            return f.formatString(s);
        }
        if (cls.isBuiltin() || cls.lookup("__format__") instanceof PBuiltinFunction) {
            throw PythonErrors.typeError("unsupported format string passed to " + cls.getName() + ".__format__");
        }
        return f.formatString(PyObjects.str(value));
    }

    static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(spec.charAt(i)) >= 0) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            f.zeroPad = true;
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw PythonErrors.valueError("Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n) {
            f.type = spec.charAt(i++);
        }
        if (i < n) {
            throw PythonErrors.valueError("Invalid format specifier '" + spec + "' for object of type 'str'");
        }
        if (f.zeroPad && f.align == 0) {
            f.fill = '0';
            f.align = '=';
        }
        return f;
    }

    String formatString(String s) {
        if (type != 0 && type != 's') {
            throw PythonErrors.valueError("Unknown format code '" + type + "' for object of type 'str'");
        }
        if (sign != '-') {
            throw PythonErrors.valueError("Sign not allowed in string format specifier");
        }
        if (align == '=') {
            throw PythonErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (precision >= 0 && precision < s.length()) {
            s = s.substring(0, precision);
        }
        return pad("", s, align == 0 ? '<' : align);
    }

    String formatInt(BigInteger v) {
        String digits;
        String prefix = "";
        BigInteger abs = v.abs();
        switch (type) {
            case 0, 'd', 'n' -> digits = abs.toString();
            case 'b' -> {
                digits = abs.toString(2);
                prefix = alternate ? "0b" : "";
            }
            case 'o' -> {
                digits = abs.toString(8);
                prefix = alternate ? "0o" : "";
            }
            case 'x' -> {
                digits = abs.toString(16);
                prefix = alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = abs.toString(16).toUpperCase();
                prefix = alternate ? "0X" : "";
            }
            case 'c' -> {
                return pad("", new String(Character.toChars(v.intValue())), align == 0 ? '<' : align);
            }
            default -> throw PythonErrors.valueError("Unknown format code '" + type + "' for object of type 'int'");
        }
        if (precision >= 0) {
            throw PythonErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (grouping != 0) {
            digits = group(digits, type == 0 || type == 'd' || type == 'n' ? 3 : 4, grouping);
        }
        return pad(signOf(v.signum() < 0) + prefix, digits, align == 0 ? '>' : align);
    }

    String formatFloat(double d) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double abs = Math.abs(d);
        String body;
        char t = type;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (t == 'E' || t == 'F' || t == 'G') {
                body = body.toUpperCase();
            }
            if (t == '%') {
                body += "%";
            }
            return pad(signOf(negative && !Double.isNaN(d)), body, align == 0 ? '>' : align);
        }
        switch (t) {
            case 'f', 'F' -> body = fixed(abs, precision < 0 ? 6 : precision);
            case 'e', 'E' -> body = scientific(abs, precision < 0 ? 6 : precision, t == 'E');
            case 'g', 'G' -> body = general(abs, precision < 0 ? 6 : precision, t == 'G', alternate, false);
            case '%' -> body = fixed(abs * 100, precision < 0 ? 6 : precision) + "%";
            case 'n' -> body = general(abs, precision < 0 ? 6 : precision, false, alternate, false);
            case 0 -> body = precision < 0 ? Repr.floatRepr(abs) : general(abs, precision, false, alternate, true);
            default -> throw PythonErrors.valueError("Unknown format code '" + t + "' for object of type 'float'");
        }
        if (alternate && body.indexOf('.') < 0 && (t == 'f' || t == 'F' || t == 'e' || t == 'E')) {
            int e = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E');
            body = e >= 0 ? body.substring(0, e) + "." + body.substring(e) : body + ".";
        }
        if (grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            body = group(body.substring(0, end), 3, grouping) + body.substring(end);
        }
        return pad(signOf(negative), body, align == 0 ? '>' : align);
    }

    static String fixed(double abs, int precision) {
        return new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String scientific(double abs, int precision, boolean upper) {
        String mantissa;
        int exp;
        if (abs == 0) {
            mantissa = precision == 0 ? "0" : "0." + "0".repeat(precision);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String digits = r.unscaledValue().toString();
            exp = digits.length() - 1 - r.scale();
            digits = (digits + "0".repeat(precision + 1)).substring(0, precision + 1);
            mantissa = precision == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        }
        String e = String.valueOf(Math.abs(exp));
        return mantissa + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** The 'g' presentation; {@code noType} is the variant used when no type is given. */
    static String general(double abs, int precision, boolean upper, boolean alternate, boolean noType) {
        int p = precision == 0 ? 1 : precision;
        int exp;
        if (abs == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(abs).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - 1 - r.scale();
        }
        String body;
        if (exp >= -4 && exp < p) {
            body = fixed(abs, p - 1 - exp);
            if (!alternate) {
                body = stripZeros(body);
                if (noType && body.indexOf('.') < 0) {
                    body += ".0";
                }
            }
        } else {
            body = scientific(abs, p - 1, upper);
            if (!alternate) {
                int e = body.indexOf(upper ? 'E' : 'e');
                body = stripZeros(body.substring(0, e)) + body.substring(e);
            }
        }
        return body;
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    private static String group(String digits, int size, char sep) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % size == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private String pad(String prefix, String body, char alignment) {
        int len = prefix.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        String padding = String.valueOf(fill).repeat(width - len);
        return switch (alignment) {
            case '<' -> prefix + body + padding;
            case '^' -> {
                int left = (width - len) / 2;
                yield String.valueOf(fill).repeat(left) + prefix + body + String.valueOf(fill).repeat(width - len - left);
            }
            case '=' -> prefix + padding + body;
            default -> padding + prefix + body;
        };
    }
}
