package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * {@code str.format}: replacement fields {@code {name.attr[key]!conv:spec}}, automatic and
 * manual numbering (not mixed), and specs that contain nested fields.
 */
public final class StrFormatter {
    private final Object[] args;
    private final PDict kwargs;
    private int autoIndex;
    private boolean usedManual;

    private StrFormatter(Object[] args, PDict kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    @TruffleBoundary
    public static String format(String fmt, Object[] args, PDict kwargs) {
        return new StrFormatter(args, kwargs).render(fmt, 2);
    }

    private String render(String fmt, int depth) {
        if (depth < 0) {
            throw PythonErrors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = fmt.length();
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '{') {
                if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int close = matchingBrace(fmt, i);
                out.append(field(fmt.substring(i + 1, close), depth));
                i = close + 1;
            } else if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw PythonErrors.valueError("Single '}' encountered in format string");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int matchingBrace(String fmt, int open) {
        int depth = 0;
        for (int i = open; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        throw PythonErrors.valueError("Single '{' encountered in format string");
    }

    private String field(String body, int depth) {
        int end = body.length();
        int bracket = 0;
        int conv = -1;
        int colon = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket--;
            } else if (bracket == 0 && c == '!' && conv < 0 && colon < 0) {
                conv = i;
            } else if (bracket == 0 && c == ':' && colon < 0) {
                colon = i;
                break;
            }
        }
        int nameEnd = conv >= 0 ? conv : colon >= 0 ? colon : end;
        String name = body.substring(0, nameEnd);
        Object value = resolve(name);
        if (conv >= 0) {
            char kind = conv + 1 < body.length() ? body.charAt(conv + 1) : 0;
            value = switch (kind) {
                case 'r' -> PyObjects.repr(value);
                case 's' -> PyObjects.str(value);
                case 'a' -> org.gilpy.nodes.expressions.FormatNodes.ascii(PyObjects.repr(value));
                default -> throw PythonErrors.valueError("Unknown conversion specifier " + (kind == 0 ? "" : String.valueOf(kind)));
            };
        }
        String spec = colon >= 0 ? render(body.substring(colon + 1), depth - 1) : "";
        return FormatSpec.format(value, spec);
    }

    private Object resolve(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        Object value;
        if (first.isEmpty()) {
            if (usedManual) {
                throw PythonErrors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = positional(autoIndex++);
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (autoIndex > 0) {
                throw PythonErrors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            usedManual = true;
            value = positional(Integer.parseInt(first));
        } else {
            value = kwargs == null ? null : kwargs.getStr(first);
            if (value == null) {
                throw PythonErrors.keyError(first);
            }
        }
        while (i < name.length()) {
            if (name.charAt(i) == '.') {
                int j = i + 1;
                while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') {
                    j++;
                }
                value = PyObjects.getAttribute(value, name.substring(i + 1, j));
                i = j;
            } else {
                int close = name.indexOf(']', i);
                String key = name.substring(i + 1, close);
                Object k = key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? (Object) Long.parseLong(key) : key;
                value = PyItems.getItem(value, k);
                i = close + 1;
            }
        }
        return value;
    }

    private Object positional(int index) {
        if (index >= args.length) {
            throw PythonErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args[index];
    }
}
