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

    private static byte[] bytes(Object self) {
        return ((PBytes) self).getBytes();
    }

}
