package org.gilpy.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PDescriptors.PProperty;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * repr() and str() of built-in values, byte for byte as CPython prints them: float repr
 * is the shortest string that round-trips, str repr picks quotes and escapes like
 * {@code unicode_repr}, and recursive containers print {@code [...]}.
 */
public final class Repr {
    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> IN_PROGRESS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /** CPython's default limit for int-to-str conversion (sys.set_int_max_str_digits). */
    public static final int MAX_STR_DIGITS = 4300;

    private Repr() {
    }

    @TruffleBoundary
    public static String builtinRepr(Object obj) {
        if (obj instanceof String s) {
            return stringRepr(s);
        } else if (obj instanceof Long || obj instanceof Boolean) {
            return obj instanceof Boolean b ? (b ? "True" : "False") : obj.toString();
        } else if (obj instanceof PBigInt b) {
            return bigToString(b.toBigInteger());
        } else if (obj instanceof Double d) {
            return floatRepr(d);
        } else if (obj instanceof PNone) {
            return obj.toString();
        } else if (obj instanceof PList || obj instanceof PTuple || obj instanceof PDict || obj instanceof PSet
                || obj instanceof PDictView || obj instanceof PDeque) {
            return containerRepr(obj);
        } else if (obj instanceof PythonClass c) {
            String module = c.getModule();
            return module == null || module.equals("builtins") ? "<class '" + c.getQualname() + "'>"
                    : "<class '" + module + "." + c.getQualname() + "'>";
        } else if (obj instanceof PFunction f) {
            return "<function " + f.getQualname() + " at " + address(f) + ">";
        } else if (obj instanceof PBuiltinFunction b) {
            return "<built-in function " + b.getName() + ">";
        } else if (obj instanceof PMethod m) {
            Object fn = m.getFunction();
            if (fn instanceof PBuiltinFunction b) {
                return "<built-in method " + b.getName() + " of " + PyObjects.typeName(m.getSelf()) + " object at "
                        + address(m.getSelf()) + ">";
            }
            return "<bound method " + PyObjects.getAttribute(fn, "__qualname__") + " of " + PyObjects.repr(m.getSelf()) + ">";
        } else if (obj instanceof PModule m) {
            Object file = m.getGlobals().getStr("__file__");
            return file instanceof String f ? "<module '" + m.getName() + "' from '" + f + "'>"
                    : "<module '" + m.getName() + "' (built-in)>";
        } else if (obj instanceof PBaseException e) {
            return exceptionRepr(e);
        } else if (obj instanceof PRange r) {
            return r.step == 1 ? "range(" + r.start + ", " + r.stop + ")" : "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
        } else if (obj instanceof PSlice s) {
            return "slice(" + PyObjects.repr(s.start) + ", " + PyObjects.repr(s.stop) + ", " + PyObjects.repr(s.step) + ")";
        } else if (obj instanceof PBytes b) {
            String r = bytesRepr(b.getBytes());
            return b.getPythonClass() == PythonTypes.get().bytearray ? "bytearray(" + r + ")" : r;
        } else if (obj instanceof PGenerator g) {
            return "<" + g.getPythonClass().getName() + " object " + g.getQualname() + " at " + address(g) + ">";
        } else if (obj instanceof PWeakRef w) {
            Object target = w.get();
            return "<weakref at " + address(w) + "; " + (target == null ? "dead>"
                    : "to '" + PyObjects.typeOf(target).getQualname() + "' at " + address(target) + ">");
        } else if (obj instanceof PProperty || obj instanceof PWrappedCallable) {
            return "<" + PyObjects.typeName(obj) + " object at " + address(obj) + ">";
        }
        return defaultRepr(obj);
    }

    /** {@code object.__repr__}: {@code <module.Class object at 0x...>}. */
    @TruffleBoundary
    public static String defaultRepr(Object obj) {
        PythonClass cls = PyObjects.typeOf(obj);
        String module = cls.getModule();
        String name = module == null || module.equals("builtins") ? cls.getQualname() : module + "." + cls.getQualname();
        return "<" + name + " object at " + address(obj) + ">";
    }

    public static String address(Object obj) {
        return "0x" + Long.toHexString(PyObjects.id(obj));
    }

    @TruffleBoundary
    public static String builtinStr(Object obj) {
        if (obj instanceof PBaseException e) {
            return exceptionStr(e);
        }
        return builtinRepr(obj);
    }

    public static String exceptionStr(PBaseException e) {
        if (e.getGroupExceptions() != null) {
            int n = e.getGroupExceptions().size();
            return e.getGroupMessage() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
        }
        PTuple args = e.getArgs();
        if (args.size() >= 2 && PyObjects.isInstance(e, PythonTypes.get().exception("OSError"))) {
            Object filename = e.getDict() == null ? null : e.getDict().getStr("filename");
            if (filename == null) {
                filename = SpecialAttributes.osErrorField(e, "filename");
            }
            String base = "[Errno " + PyObjects.str(args.get(0)) + "] " + PyObjects.str(args.get(1));
            return filename == null || filename == PNone.NONE ? base : base + ": " + PyObjects.repr(filename);
        }
        if (PyObjects.isInstance(e, PythonTypes.get().exception("KeyError")) && args.size() == 1) {
            return PyObjects.repr(args.get(0));
        }
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> PyObjects.str(args.get(0));
            default -> PyObjects.repr(args);
        };
    }

    private static String exceptionRepr(PBaseException e) {
        String name = e.getPythonClass().getName();
        PTuple args = e.getArgs();
        if (args.size() == 1) {
            return name + "(" + PyObjects.repr(args.get(0)) + ")";
        }
        return name + PyObjects.repr(args);
    }

    @TruffleBoundary
    public static String bigToString(BigInteger b) {
        String s = b.toString();
        if (s.length() - (b.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) {
            throw PythonErrors.valueError("Exceeds the limit (" + MAX_STR_DIGITS
                    + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    private static String containerRepr(Object obj) {
        IdentityHashMap<Object, Boolean> active = IN_PROGRESS.get();
        if (active.containsKey(obj)) {
            if (obj instanceof PList || obj instanceof PDeque) {
                return "[...]";
            } else if (obj instanceof PDict) {
                return "{...}";
            }
            return "...";
        }
        active.put(obj, Boolean.TRUE);
        RecursionGuard.enter(" while getting the repr of an object");
        try {
            StringBuilder sb = new StringBuilder();
            if (obj instanceof PDeque d) {
                sb.append(d.getPythonClass().getName()).append("([");
                Object[] items = d.toArray();
                for (int i = 0; i < items.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(PyObjects.repr(items[i]));
                }
                sb.append(']');
                return (d.maxlen() < 0 ? sb : sb.append(", maxlen=").append(d.maxlen())).append(')').toString();
            } else if (obj instanceof PList l) {
                sb.append('[');
                for (int i = 0; i < l.size(); i++) {
                    sb.append(i == 0 ? "" : ", ").append(PyObjects.repr(l.get(i)));
                }
                return sb.append(']').toString();
            } else if (obj instanceof PTuple t) {
                sb.append('(');
                Object[] items = t.getItems();
                for (int i = 0; i < items.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(PyObjects.repr(items[i]));
                }
                return sb.append(items.length == 1 ? ",)" : ")").toString();
            } else if (obj instanceof PDict d) {
                sb.append('{');
                HashTable t = d.table();
                boolean first = true;
                for (int p = 0; p < t.capacity(); p++) {
                    Object k = t.keyAt(p);
                    if (k != null) {
                        sb.append(first ? "" : ", ").append(PyObjects.repr(k)).append(": ").append(PyObjects.repr(t.valueAt(p)));
                        first = false;
                    }
                }
                return sb.append('}').toString();
            } else if (obj instanceof PDictView v) {
                sb.append(v.getPythonClass().getName()).append("([");
                PIterator it = v.iterator();
                Object x;
                boolean first = true;
                while ((x = it.next()) != null) {
                    sb.append(first ? "" : ", ").append(PyObjects.repr(x));
                    first = false;
                }
                return sb.append("])").toString();
            } else {
                PSet s = (PSet) obj;
                String name = s.getPythonClass().getName();
                boolean frozen = s.isFrozen();
                if (s.size() == 0) {
                    return name + "()";
                }
                if (frozen || !s.getPythonClass().isBuiltin()) {
                    sb.append(name).append('(');
                }
                sb.append('{');
                SetTable t = s.table();
                boolean first = true;
                for (int i = 0; i < t.slots(); i++) {
                    Object k = t.keyAt(i);
                    if (k != null) {
                        sb.append(first ? "" : ", ").append(PyObjects.repr(k));
                        first = false;
                    }
                }
                sb.append('}');
                if (frozen || !s.getPythonClass().isBuiltin()) {
                    sb.append(')');
                }
                return sb.toString();
            }
        } finally {
            RecursionGuard.exit();
            active.remove(obj);
        }
    }

    // ---------------------------------------------------------------- str repr

    @TruffleBoundary
    public static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point: not a control, format, separator (but space) or unassigned char. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    @TruffleBoundary
    public static String bytesRepr(byte[] bytes) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte b : bytes) {
            hasSingle |= b == '\'';
            hasDouble |= b == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c < 0x20 || c >= 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    // ---------------------------------------------------------------- float repr

    /** CPython's float repr: shortest round-trip digits, scientific below 1e-4 and from 1e16. */
    @TruffleBoundary
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        } else if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString yields the shortest uniquely-identifying digits (JDK 19+).
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exponent = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String body = formatDigits(digits, exponent);
        return d < 0 ? "-" + body : body;
    }

    private static String formatDigits(String digits, int exponent) {
        if (exponent < -4 || exponent >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.valueOf(Math.abs(exponent));
            return mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
        }
        if (exponent < 0) {
            return "0." + "0".repeat(-exponent - 1) + digits;
        }
        if (digits.length() <= exponent + 1) {
            return digits + "0".repeat(exponent + 1 - digits.length()) + ".0";
        }
        return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
    }
}
