package org.gilpy.builtins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code str}. Indices count UTF-16 units (see README: non-BMP characters count twice). */
public final class StrMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.str;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return StrMethodsFactory.getFactories();
    }

    static String self(Object o, String method) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError("descriptor '" + method + "' for 'str' objects doesn't apply to a '"
                + PyObjects.typeName(o) + "' object");
    }

    static String arg(Object o, String what) {
        if (o instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError(what + " must be str, not " + PyObjects.typeName(o));
    }

    static boolean given(Object o) {
        return o != PNone.NO_VALUE && o != PNone.NONE;
    }

    /** Resolves optional start/end arguments like str.find does. */
    static int[] range(String s, Object start, Object end) {
        int len = s.length();
        long st = given(start) ? PyNumbers.asIndex(start) : 0;
        long en = given(end) ? PyNumbers.asIndex(end) : len;
        if (st < 0) {
            st = Math.max(0, st + len);
        }
        if (en < 0) {
            en = Math.max(0, en + len);
        }
        return new int[]{(int) Math.min(st, len + 1), (int) Math.min(en, len)};
    }

    @Builtin(name = "__new__", params = "cls, object=?, encoding=?, errors=?")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object create(Object[] a) {
            if (a[0] != PythonTypes.get().str) {
                throw PythonErrors.typeError("subclassing str is not supported yet");
            }
            if (a[1] == PNone.NO_VALUE) {
                return "";
            }
            if (a[2] != PNone.NO_VALUE && a[1] instanceof PBytes b) {
                return new String(b.getBytes(), StandardCharsets.UTF_8);
            }
            return PyObjects.str(a[1]);
        }
    }

    @Builtin(name = "join", params = "self, iterable, /")
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object join(Object self, Object iterable) {
            String sep = self(self, "join");
            if (!(iterable instanceof PIterator) && !(iterable instanceof PDictView) && PyObjects.typeOf(iterable).lookup("__iter__") == null
                    && PyObjects.typeOf(iterable).lookup("__getitem__") == null) {
                throw PythonErrors.typeError("can only join an iterable");
            }
            Object[] items = PyObjects.toArray(iterable);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof String s)) {
                    throw PythonErrors.typeError("sequence item " + i + ": expected str instance, "
                            + PyObjects.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s);
            }
            return sb.toString();
        }
    }

    @TruffleBoundary
    static PList split(String s, Object sepObj, long maxsplit) {
        PList out = new PList();
        if (!given(sepObj)) {
            int i = 0;
            int n = s.length();
            int splits = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && splits >= maxsplit) {
                    out.append(s.substring(i).stripTrailing());
                    return out;
                }
                int j = i;
                while (j < n && !Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                out.append(s.substring(i, j));
                splits++;
                i = j;
            }
            return out;
        }
        String sep = arg(sepObj, "sep");
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int start = 0;
        int splits = 0;
        int idx;
        while ((maxsplit < 0 || splits < maxsplit) && (idx = s.indexOf(sep, start)) >= 0) {
            out.append(s.substring(start, idx));
            start = idx + sep.length();
            splits++;
        }
        out.append(s.substring(start));
        return out;
    }

    @Builtin(name = "split", params = "self, /, sep=?, maxsplit=?")
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Ternary {
        @Specialization
        Object split(Object self, Object sep, Object maxsplit) {
            return StrMethods.split(self(self, "split"), sep, given(maxsplit) ? PyNumbers.asIndex(maxsplit) : -1);
        }
    }

    @Builtin(name = "rsplit", params = "self, /, sep=?, maxsplit=?")
    @GenerateNodeFactory
    abstract static class RsplitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object rsplit(Object self, Object sep, Object maxsplit) {
            String s = self(self, "rsplit");
            long max = given(maxsplit) ? PyNumbers.asIndex(maxsplit) : -1;
            if (max < 0) {
                return StrMethods.split(s, sep, -1);
            }
            String reversed = new StringBuilder(s).reverse().toString();
            Object revSep = given(sep) ? new StringBuilder(arg(sep, "sep")).reverse().toString() : sep;
            PList parts = StrMethods.split(reversed, revSep, max);
            Object[] items = parts.toArray();
            PList out = new PList();
            for (int i = items.length - 1; i >= 0; i--) {
                out.append(new StringBuilder((String) items[i]).reverse().toString());
            }
            return out;
        }
    }

    @Builtin(name = "splitlines", params = "self, /, keepends=?")
    @GenerateNodeFactory
    abstract static class SplitlinesNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object splitlines(Object self, Object keepends) {
            String s = self(self, "splitlines");
            boolean keep = given(keepends) && PyObjects.isTrue(keepends);
            PList out = new PList();
            int start = 0;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                        || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    int eol = i + (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1);
                    out.append(s.substring(start, keep ? eol : i));
                    start = eol;
                    i = eol;
                } else {
                    i++;
                }
            }
            if (start < s.length()) {
                out.append(s.substring(start));
            }
            return out;
        }
    }

    @TruffleBoundary
    static String strip(String s, Object chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        if (!given(chars)) {
            while (left && start < end && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            while (right && end > start && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
        } else {
            String set = arg(chars, "strip arg");
            while (left && start < end && set.indexOf(s.charAt(start)) >= 0) {
                start++;
            }
            while (right && end > start && set.indexOf(s.charAt(end - 1)) >= 0) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    @Builtin(name = "strip", params = "self, chars=?, /")
    @GenerateNodeFactory
    abstract static class StripNode extends BuiltinNode.Binary {
        @Specialization
        Object strip(Object self, Object chars) {
            return StrMethods.strip(self(self, "strip"), chars, true, true);
        }
    }

    @Builtin(name = "lstrip", params = "self, chars=?, /")
    @GenerateNodeFactory
    abstract static class LstripNode extends BuiltinNode.Binary {
        @Specialization
        Object lstrip(Object self, Object chars) {
            return StrMethods.strip(self(self, "lstrip"), chars, true, false);
        }
    }

    @Builtin(name = "rstrip", params = "self, chars=?, /")
    @GenerateNodeFactory
    abstract static class RstripNode extends BuiltinNode.Binary {
        @Specialization
        Object rstrip(Object self, Object chars) {
            return StrMethods.strip(self(self, "rstrip"), chars, false, true);
        }
    }

    /** Case mappings and predicates that take no arguments, selected by name. */
    @TruffleBoundary
    static Object simple(String op, String s) {
        switch (op) {
            case "upper": return s.toUpperCase(java.util.Locale.ROOT);
            case "lower": return s.toLowerCase(java.util.Locale.ROOT);
            case "casefold": return s.toLowerCase(java.util.Locale.ROOT).replace("ß", "ss");
            case "swapcase": {
                StringBuilder sb = new StringBuilder();
                s.codePoints().forEach(cp -> sb.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                        : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
                return sb.toString();
            }
            case "capitalize":
                return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1).toLowerCase(java.util.Locale.ROOT);
            case "title": {
                StringBuilder sb = new StringBuilder();
                boolean prevCased = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    sb.append(prevCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
                    prevCased = Character.isLetter(c);
                }
                return sb.toString();
            }
            case "isdigit": return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
            case "isdecimal": return !s.isEmpty() && s.codePoints().allMatch(cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER);
            case "isnumeric": return !s.isEmpty() && s.codePoints().allMatch(cp -> Character.isDigit(cp)
                    || Character.getType(cp) == Character.OTHER_NUMBER || Character.getType(cp) == Character.LETTER_NUMBER);
            case "isalpha": return !s.isEmpty() && s.codePoints().allMatch(Character::isLetter);
            case "isalnum": return !s.isEmpty() && s.codePoints().allMatch(Character::isLetterOrDigit);
            case "isspace": return !s.isEmpty() && s.codePoints().allMatch(Character::isWhitespace);
            case "isascii": return s.codePoints().allMatch(cp -> cp < 128);
            case "isprintable": return s.codePoints().allMatch(Repr::isPrintable);
            case "isidentifier": return !s.isEmpty() && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
                    && s.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '_');
            case "isupper": return s.codePoints().anyMatch(Character::isUpperCase) && s.codePoints().noneMatch(Character::isLowerCase);
            case "islower": return s.codePoints().anyMatch(Character::isLowerCase) && s.codePoints().noneMatch(Character::isUpperCase);
            case "istitle": return !s.isEmpty() && simple("title", s).equals(s) && s.codePoints().anyMatch(Character::isLetter);
            default: throw new IllegalArgumentException(op);
        }
    }

    /** The argument-less case mappings and predicates, one parametrised node for all of them. */
    private static final String[] SIMPLE_OPERATIONS = {"upper", "lower", "casefold", "swapcase", "capitalize", "title",
        "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii", "isprintable", "isidentifier",
        "isupper", "islower", "istitle"};

    @Override
    public void installMore(org.gilpy.GilpyLanguage language, PythonTypes types, PythonClass cls) {
        for (String op : SIMPLE_OPERATIONS) {
            cls.getNamespace().put(op, BuiltinRegistry.create(language, types, op, "str.", "self, /", "", false,
                    new SimpleOperationNode(op)));
        }
    }

    static final class SimpleOperationNode extends BuiltinNode.Unary {
        private final String operation;

        SimpleOperationNode(String operation) {
            this.operation = operation;
        }

        @Override
        public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame, Object self) {
            return simple(operation, self(self, operation));
        }
    }

    @TruffleBoundary
    static boolean affix(String s, Object prefix, Object start, Object end, boolean startsWith) {
        int[] r = range(s, start, end);
        if (r[0] > s.length()) {
            return false;
        }
        String sub = s.substring(r[0], Math.max(r[0], r[1]));
        if (prefix instanceof PTuple t) {
            for (Object p : t.getItems()) {
                if (affix(sub, p, PNone.NO_VALUE, PNone.NO_VALUE, startsWith)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof String p)) {
            throw PythonErrors.typeError((startsWith ? "startswith" : "endswith")
                    + " first arg must be str or a tuple of str, not " + PyObjects.typeName(prefix));
        }
        return startsWith ? sub.startsWith(p) : sub.endsWith(p);
    }

    @Builtin(name = "startswith", params = "self, prefix, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class StartswithNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            return affix(self(a[0], "startswith"), a[1], a[2], a[3], true);
        }
    }

    @Builtin(name = "endswith", params = "self, suffix, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class EndswithNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            return affix(self(a[0], "endswith"), a[1], a[2], a[3], false);
        }
    }

    @TruffleBoundary
    static long find(String s, Object subObj, Object start, Object end, boolean reverse) {
        String sub = arg(subObj, "must be str");
        int[] r = range(s, start, end);
        if (r[0] > s.length() || r[1] - r[0] < sub.length()) {
            return -1;
        }
        String region = s.substring(r[0], r[1]);
        int idx = reverse ? region.lastIndexOf(sub) : region.indexOf(sub);
        return idx < 0 ? -1 : idx + r[0];
    }

    @Builtin(name = "find", params = "self, sub, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class FindNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            return find(self(a[0], "find"), a[1], a[2], a[3], false);
        }
    }

    @Builtin(name = "rfind", params = "self, sub, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class RfindNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            return find(self(a[0], "rfind"), a[1], a[2], a[3], true);
        }
    }

    @Builtin(name = "index", params = "self, sub, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            long r = find(self(a[0], "index"), a[1], a[2], a[3], false);
            if (r < 0) {
                throw PythonErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "rindex", params = "self, sub, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class RindexNode extends BuiltinNode.Varargs {
        @Specialization
        Object run(Object[] a) {
            long r = find(self(a[0], "rindex"), a[1], a[2], a[3], true);
            if (r < 0) {
                throw PythonErrors.valueError("substring not found");
            }
            return r;
        }
    }

    @Builtin(name = "count", params = "self, sub, start=?, end=?, /")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object run(Object[] a) {
            String s = self(a[0], "count");
            String sub = arg(a[1], "must be str");
            int[] r = range(s, a[2], a[3]);
            if (r[0] > s.length()) {
                return 0L;
            }
            String region = s.substring(r[0], Math.max(r[0], r[1]));
            if (sub.isEmpty()) {
                return (long) region.length() + 1;
            }
            long count = 0;
            int idx = 0;
            while ((idx = region.indexOf(sub, idx)) >= 0) {
                count++;
                idx += sub.length();
            }
            return count;
        }
    }

    @Builtin(name = "replace", params = "self, old, new, count=?, /")
    @GenerateNodeFactory
    abstract static class ReplaceNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object run(Object[] a) {
            String s = self(a[0], "replace");
            String old = arg(a[1], "replace() argument 1");
            String rep = arg(a[2], "replace() argument 2");
            long count = given(a[3]) ? PyNumbers.asIndex(a[3]) : -1;
            if (count < 0) {
                if (old.isEmpty()) {
                    StringBuilder sb = new StringBuilder(rep);
                    for (char c : s.toCharArray()) {
                        sb.append(c).append(rep);
                    }
                    return sb.toString();
                }
                return s.replace(old, rep);
            }
            StringBuilder sb = new StringBuilder();
            int start = 0;
            int idx;
            long done = 0;
            while (done < count && (idx = s.indexOf(old, start)) >= 0) {
                sb.append(s, start, idx).append(rep);
                start = idx + Math.max(old.length(), 0);
                if (old.isEmpty()) {
                    if (start < s.length()) {
                        sb.append(s.charAt(start));
                    }
                    start++;
                }
                done++;
            }
            if (start <= s.length()) {
                sb.append(s.substring(Math.min(start, s.length())));
            }
            return sb.toString();
        }
    }

    @Builtin(name = "format", params = "self, /, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Ternary {
        @Specialization
        Object run(Object self, Object args, Object kwargs) {
            return StrFormatter.format(self(self, "format"), ((PTuple) args).getItems(), (PDict) kwargs);
        }
    }

    @Builtin(name = "format_map", params = "self, mapping, /")
    @GenerateNodeFactory
    abstract static class FormatMapNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object mapping) {
            return StrFormatter.format(self(self, "format_map"), PTuple.EMPTY_ITEMS, (PDict) mapping);
        }
    }

    @TruffleBoundary
    static String pad(String s, Object width, Object fill, char align) {
        long w = PyNumbers.asIndex(width);
        String f = given(fill) ? arg(fill, "fill character") : " ";
        if (f.length() != 1) {
            throw PythonErrors.typeError("The fill character must be exactly one character long");
        }
        int len = s.length();
        if (w <= len) {
            return s;
        }
        int total = (int) w - len;
        return switch (align) {
            case '<' -> s + f.repeat(total);
            case '>' -> f.repeat(total) + s;
            default -> {
                int left = total / 2 + (total & len & 1);
                yield f.repeat(left) + s + f.repeat(total - left);
            }
        };
    }

    @Builtin(name = "center", params = "self, width, fillchar=?, /")
    @GenerateNodeFactory
    abstract static class CenterNode extends BuiltinNode.Ternary {
        @Specialization
        Object run(Object self, Object width, Object fill) {
            return pad(self(self, "center"), width, fill, '^');
        }
    }

    @Builtin(name = "ljust", params = "self, width, fillchar=?, /")
    @GenerateNodeFactory
    abstract static class LjustNode extends BuiltinNode.Ternary {
        @Specialization
        Object run(Object self, Object width, Object fill) {
            return pad(self(self, "ljust"), width, fill, '<');
        }
    }

    @Builtin(name = "rjust", params = "self, width, fillchar=?, /")
    @GenerateNodeFactory
    abstract static class RjustNode extends BuiltinNode.Ternary {
        @Specialization
        Object run(Object self, Object width, Object fill) {
            return pad(self(self, "rjust"), width, fill, '>');
        }
    }

    @Builtin(name = "zfill", params = "self, width, /")
    @GenerateNodeFactory
    abstract static class ZfillNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object run(Object self, Object width) {
            String s = self(self, "zfill");
            long w = PyNumbers.asIndex(width);
            if (w <= s.length()) {
                return s;
            }
            String zeros = "0".repeat((int) w - s.length());
            if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
                return s.charAt(0) + zeros + s.substring(1);
            }
            return zeros + s;
        }
    }

    @TruffleBoundary
    static PTuple partition(String s, Object sepObj, boolean reverse) {
        String sep = arg(sepObj, "sep");
        if (sep.isEmpty()) {
            throw PythonErrors.valueError("empty separator");
        }
        int idx = reverse ? s.lastIndexOf(sep) : s.indexOf(sep);
        if (idx < 0) {
            return reverse ? new PTuple(new Object[]{"", "", s}) : new PTuple(new Object[]{s, "", ""});
        }
        return new PTuple(new Object[]{s.substring(0, idx), sep, s.substring(idx + sep.length())});
    }

    @Builtin(name = "partition", params = "self, sep, /")
    @GenerateNodeFactory
    abstract static class PartitionNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object sep) {
            return partition(self(self, "partition"), sep, false);
        }
    }

    @Builtin(name = "rpartition", params = "self, sep, /")
    @GenerateNodeFactory
    abstract static class RpartitionNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object sep) {
            return partition(self(self, "rpartition"), sep, true);
        }
    }

    @Builtin(name = "removeprefix", params = "self, prefix, /")
    @GenerateNodeFactory
    abstract static class RemoveprefixNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object prefix) {
            String s = self(self, "removeprefix");
            String p = arg(prefix, "removeprefix() argument");
            return s.startsWith(p) ? s.substring(p.length()) : s;
        }
    }

    @Builtin(name = "removesuffix", params = "self, suffix, /")
    @GenerateNodeFactory
    abstract static class RemovesuffixNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object suffix) {
            String s = self(self, "removesuffix");
            String p = arg(suffix, "removesuffix() argument");
            return !p.isEmpty() && s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s;
        }
    }

    @Builtin(name = "encode", params = "self, /, encoding=?, errors=?")
    @GenerateNodeFactory
    abstract static class EncodeNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object run(Object self, Object encoding, Object errors) {
            String enc = given(encoding) ? arg(encoding, "encoding").toLowerCase().replace("_", "-") : "utf-8";
            java.nio.charset.Charset cs = switch (enc) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "ascii", "us-ascii" -> StandardCharsets.US_ASCII;
                case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
                case "utf-16" -> StandardCharsets.UTF_16;
                default -> throw PythonErrors.create("LookupError", "unknown encoding: " + enc);
            };
            return new PBytes(self(self, "encode").getBytes(cs));
        }
    }

    @Builtin(name = "expandtabs", params = "self, tabsize=?")
    @GenerateNodeFactory
    abstract static class ExpandtabsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object run(Object self, Object tabsize) {
            String s = self(self, "expandtabs");
            long size = given(tabsize) ? PyNumbers.asIndex(tabsize) : 8;
            StringBuilder sb = new StringBuilder();
            int col = 0;
            for (char c : s.toCharArray()) {
                if (c == '\t') {
                    if (size > 0) {
                        int spaces = (int) (size - col % size);
                        sb.append(" ".repeat(spaces));
                        col += spaces;
                    }
                } else {
                    sb.append(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return sb.toString();
        }
    }

    @Builtin(name = "__mod__", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class ModNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object value) {
            return PercentFormat.format(self(self, "__mod__"), value);
        }
    }

    @Builtin(name = "__len__", params = "self, /")
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        Object run(Object self) {
            return (long) self(self, "__len__").length();
        }
    }

    @Builtin(name = "__contains__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object key) {
            return PyItems.contains(self, key);
        }
    }

    @Builtin(name = "__getitem__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class GetitemNode extends BuiltinNode.Binary {
        @Specialization
        Object run(Object self, Object key) {
            return PyItems.getItem(self, key);
        }
    }
}
