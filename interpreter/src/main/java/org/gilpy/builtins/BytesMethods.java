package org.gilpy.builtins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code bytes}: construction, decoding, and the searching that protocols and streams use. */
public final class BytesMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.bytes;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return BytesMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, source=?, encoding=?, errors=?")
    @GenerateNodeFactory
    abstract static class BytesNewNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object create(Object[] a) {
            PythonClass cls = (PythonClass) a[0];
            Object source = a[1];
            byte[] bytes;
            if (source == PNone.NO_VALUE) {
                bytes = new byte[0];
            } else if (source instanceof String s) {
                if (a[2] == PNone.NO_VALUE) {
                    throw PythonErrors.typeError("string argument without an encoding");
                }
                bytes = s.getBytes(StandardCharsets.UTF_8);
            } else if (source instanceof Long n) {
                if (n < 0) {
                    throw PythonErrors.valueError("negative count");
                }
                bytes = new byte[(int) (long) n];
            } else if (source instanceof PBytes b) {
                bytes = b.getBytes().clone();
            } else {
                bytes = Sequences.unboxBytes(PyObjects.toArray(source));
            }
            return new PBytes(cls, bytes);
        }
    }

    @Builtin(name = "decode", params = "self, encoding=?, errors=?")
    @GenerateNodeFactory
    abstract static class BytesDecodeNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object decode(Object self, Object encoding, Object errors) {
            String enc = encoding == PNone.NO_VALUE ? "utf-8" : ((String) encoding).toLowerCase().replace("_", "-");
            java.nio.charset.Charset cs = switch (enc) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "ascii" -> StandardCharsets.US_ASCII;
                case "latin-1", "latin1", "iso-8859-1" -> StandardCharsets.ISO_8859_1;
                default -> throw PythonErrors.create("LookupError", "unknown encoding: " + enc);
            };
            return new String(((PBytes) self).getBytes(), cs);
        }
    }

    @Builtin(name = "hex", params = "self, /")
    @GenerateNodeFactory
    abstract static class BytesHexNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object hex(Object self) {
            StringBuilder sb = new StringBuilder();
            for (byte b : ((PBytes) self).getBytes()) {
                sb.append(String.format("%02x", b & 0xff));
            }
            return sb.toString();
        }
    }

    @Builtin(name = "find", params = "self, sub, start=?, /")
    @GenerateNodeFactory
    abstract static class FindNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object find(Object self, Object sub, Object start) {
            byte[] hay = bytes(self);
            int from = start == PNone.NO_VALUE ? 0 : (int) Math.max(0, Math.min(hay.length, PyNumbers.asLong(start)));
            if (!(sub instanceof PBytes b)) {
                throw PythonErrors.typeError("argument should be integer or bytes-like object, not '"
                        + PyObjects.typeName(sub) + "'");
            }
            return (long) PBytes.indexOf(hay, b.getBytes(), from);
        }
    }

    @Builtin(name = "startswith", params = "self, prefix, /")
    @GenerateNodeFactory
    abstract static class StartswithNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object startswith(Object self, Object prefix) {
            byte[] s = bytes(self);
            byte[] p = PBytes.needle(prefix);
            return p.length <= s.length && java.util.Arrays.equals(s, 0, p.length, p, 0, p.length);
        }
    }

    @Builtin(name = "endswith", params = "self, suffix, /")
    @GenerateNodeFactory
    abstract static class EndswithNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object endswith(Object self, Object suffix) {
            byte[] s = bytes(self);
            byte[] p = PBytes.needle(suffix);
            return p.length <= s.length && java.util.Arrays.equals(s, s.length - p.length, s.length, p, 0, p.length);
        }
    }

    @Builtin(name = "strip", params = "self, chars=?, /")
    @GenerateNodeFactory
    abstract static class StripNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object strip(Object self, Object chars) {
            byte[] s = bytes(self);
            byte[] set = chars == PNone.NO_VALUE || chars == PNone.NONE ? " \t\n\r\u000b\f".getBytes(StandardCharsets.US_ASCII) : PBytes.needle(chars);
            int from = 0;
            int to = s.length;
            while (from < to && contains(set, s[from])) {
                from++;
            }
            while (to > from && contains(set, s[to - 1])) {
                to--;
            }
            return new PBytes(java.util.Arrays.copyOfRange(s, from, to));
        }

        private static boolean contains(byte[] set, byte b) {
            for (byte x : set) {
                if (x == b) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "upper", params = "self, /")
    @GenerateNodeFactory
    abstract static class UpperNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object upper(Object self) {
            return mapAscii(bytes(self), true);
        }
    }

    @Builtin(name = "lower", params = "self, /")
    @GenerateNodeFactory
    abstract static class LowerNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object lower(Object self) {
            return mapAscii(bytes(self), false);
        }
    }

    /** bytes.upper/lower change ASCII letters only, as in CPython. */
    private static PBytes mapAscii(byte[] source, boolean upper) {
        byte[] result = source.clone();
        for (int i = 0; i < result.length; i++) {
            byte b = result[i];
            if (upper && b >= 'a' && b <= 'z') {
                result[i] = (byte) (b - 32);
            } else if (!upper && b >= 'A' && b <= 'Z') {
                result[i] = (byte) (b + 32);
            }
        }
        return new PBytes(result);
    }

    @Builtin(name = "join", params = "self, iterable, /")
    @GenerateNodeFactory
    abstract static class JoinNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object join(Object self, Object iterable) {
            byte[] sep = bytes(self);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            Object[] items = PyObjects.toArray(iterable);
            for (int i = 0; i < items.length; i++) {
                if (!(items[i] instanceof PBytes b)) {
                    throw PythonErrors.typeError("sequence item " + i + ": expected a bytes-like object, "
                            + PyObjects.typeName(items[i]) + " found");
                }
                if (i > 0) {
                    out.writeBytes(sep);
                }
                out.writeBytes(b.getBytes());
            }
            return new PBytes(out.toByteArray());
        }
    }

    /** A result of the receiver's kind: bytearray for a bytearray, else bytes. */
    private static PBytes sameKind(Object self, byte[] data) {
        PythonTypes t = PythonTypes.get();
        return ((PBytes) self).getPythonClass().isSubclassOf(t.bytearray) ? new PBytes(t.bytearray, data) : new PBytes(data);
    }

    @Builtin(name = "count", params = "self, sub, /")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object sub) {
            byte[] hay = bytes(self);
            byte[] needle = sub instanceof Long l ? new byte[]{(byte) (long) l} : PBytes.needle(sub);
            if (needle.length == 0) {
                return (long) hay.length + 1;
            }
            long n = 0;
            for (int at = PBytes.indexOf(hay, needle, 0); at >= 0; at = PBytes.indexOf(hay, needle, at + needle.length)) {
                n++;
            }
            return n;
        }
    }

    @Builtin(name = "replace", params = "self, old, new, count=?, /")
    @GenerateNodeFactory
    abstract static class ReplaceNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object replace(Object[] a) {
            byte[] hay = bytes(a[0]);
            byte[] old = PBytes.needle(a[1]);
            byte[] replacement = PBytes.needle(a[2]);
            long limit = a[3] == PNone.NO_VALUE ? -1 : PyNumbers.asIndex(a[3]);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int from = 0;
            long done = 0;
            if (old.length == 0) { // between every byte, as CPython
                for (int i = 0; i <= hay.length; i++) {
                    if (limit < 0 || done < limit) {
                        out.writeBytes(replacement);
                        done++;
                    }
                    if (i < hay.length) {
                        out.write(hay[i]);
                    }
                }
                return sameKind(a[0], out.toByteArray());
            }
            for (int at = PBytes.indexOf(hay, old, 0); at >= 0 && (limit < 0 || done < limit);
                 at = PBytes.indexOf(hay, old, from)) {
                out.write(hay, from, at - from);
                out.writeBytes(replacement);
                from = at + old.length;
                done++;
            }
            out.write(hay, from, hay.length - from);
            return sameKind(a[0], out.toByteArray());
        }
    }

    @Builtin(name = "split", params = "self, sep=?, maxsplit=?")
    @GenerateNodeFactory
    abstract static class SplitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object split(Object self, Object sep, Object maxsplit) {
            byte[] s = bytes(self);
            long limit = maxsplit == PNone.NO_VALUE ? -1 : PyNumbers.asIndex(maxsplit);
            PList parts = new PList();
            if (sep == PNone.NONE || sep == PNone.NO_VALUE) {
                int i = 0;
                while (true) {
                    while (i < s.length && isSpace(s[i])) {
                        i++;
                    }
                    if (i >= s.length) {
                        return parts;
                    }
                    if (limit >= 0 && parts.size() >= limit) {
                        parts.append(sameKind(self, java.util.Arrays.copyOfRange(s, i, s.length))); // as is, as CPython
                        return parts;
                    }
                    int start = i;
                    while (i < s.length && !isSpace(s[i])) {
                        i++;
                    }
                    parts.append(sameKind(self, java.util.Arrays.copyOfRange(s, start, i)));
                }
            }
            byte[] separator = PBytes.needle(sep);
            if (separator.length == 0) {
                throw PythonErrors.valueError("empty separator");
            }
            int from = 0;
            for (int at = PBytes.indexOf(s, separator, 0); at >= 0 && (limit < 0 || parts.size() < limit);
                 at = PBytes.indexOf(s, separator, from)) {
                parts.append(sameKind(self, java.util.Arrays.copyOfRange(s, from, at)));
                from = at + separator.length;
            }
            parts.append(sameKind(self, java.util.Arrays.copyOfRange(s, from, s.length)));
            return parts;
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
        }
    }

    @Builtin(name = "fromhex", params = "cls, string, /", classMethod = true)
    @GenerateNodeFactory
    abstract static class FromhexNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object fromhex(Object cls, Object string) {
            if (!(string instanceof String text)) {
                throw PythonErrors.typeError("fromhex() argument must be str, not " + PyObjects.typeName(string));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int i = 0;
            while (i < text.length()) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int high = i < text.length() ? Character.digit(text.charAt(i), 16) : -1;
                int low = i + 1 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                if (high < 0 || low < 0) {
                    int bad = high < 0 ? i : i + 1;
                    throw PythonErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + bad);
                }
                out.write(high * 16 + low);
                i += 2;
            }
            PythonClass c = (PythonClass) cls;
            return c.isSubclassOf(PythonTypes.get().bytearray) ? new PBytes(PythonTypes.get().bytearray, out.toByteArray())
                    : new PBytes(out.toByteArray());
        }
    }

    private static byte[] bytes(Object self) {
        return ((PBytes) self).getBytes();
    }

}
