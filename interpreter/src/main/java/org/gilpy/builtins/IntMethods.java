package org.gilpy.builtins;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code int} (and {@code bool}'s constructor, which lives here with int's). */
public final class IntMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.int_;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return IntMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, x=?, /, base=?")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object create(Object cls, Object x, Object base) {
            if (cls != PythonTypes.get().int_) {
                throw PythonErrors.typeError("subclassing int is not supported yet");
            }
            if (x == PNone.NO_VALUE) {
                return 0L;
            }
            if (base != PNone.NO_VALUE) {
                long b = PyNumbers.asIndex(base);
                if (b != 0 && (b < 2 || b > 36)) {
                    throw PythonErrors.valueError("int() base must be >= 2 and <= 36, or 0");
                }
                if (!(x instanceof String s)) {
                    throw PythonErrors.typeError("int() can't convert non-string with explicit base");
                }
                return PyConversions.parseInt(s, b);
            }
            return PyConversions.toInt(x);
        }
    }

    @Builtin(name = "bit_length", params = "self, /")
    @GenerateNodeFactory
    abstract static class BitLengthNode extends BuiltinNode.Unary {
        @Specialization
        Object bitLength(Object self) {
            return (long) PyInts.big(self).abs().bitLength();
        }
    }

    @Builtin(name = "as_integer_ratio", params = "self, /")
    @GenerateNodeFactory
    abstract static class AsIntegerRatioNode extends BuiltinNode.Unary {
        @Specialization
        Object ratio(Object self) {
            return PTuple.of(self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self, 1L);
        }
    }

    @Builtin(name = "bit_count", params = "self, /")
    @GenerateNodeFactory
    abstract static class BitCountNode extends BuiltinNode.Unary {
        @Specialization
        Object bitCount(Object self) {
            return (long) PyInts.big(self).abs().bitCount();
        }
    }

    @Builtin(name = "conjugate", params = "self, /")
    @GenerateNodeFactory
    abstract static class ConjugateNode extends BuiltinNode.Unary {
        @Specialization
        Object conjugate(Object self) {
            return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
        }
    }

    @Builtin(name = "__index__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Unary {
        @Specialization
        Object index(Object self) {
            return self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self;
        }
    }

    @Builtin(name = "is_integer", params = "self, /")
    @GenerateNodeFactory
    abstract static class IsIntegerNode extends BuiltinNode.Unary {
        @Specialization
        Object isInteger(Object self) {
            return true;
        }
    }

    @Builtin(name = "to_bytes", params = "self, /, length=?, byteorder=?, *, signed=?")
    @GenerateNodeFactory
    abstract static class ToBytesNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object toBytes(Object[] a) {
            BigInteger v = PyInts.big(a[0]);
            int length = a[1] == PNone.NO_VALUE ? 1 : (int) PyNumbers.asIndex(a[1]);
            boolean little = a[2] != PNone.NO_VALUE && "little".equals(a[2]);
            boolean signed = a[3] != PNone.NO_VALUE && PyObjects.isTrue(a[3]);
            if (!signed && v.signum() < 0) {
                throw PythonErrors.overflow("can't convert negative int to unsigned");
            }
            byte[] raw = v.toByteArray();
            byte[] out = new byte[length];
            byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
            java.util.Arrays.fill(out, fill);
            int start = raw.length > length ? raw.length - length : 0;
            for (int i = start; i < raw.length; i++) {
                if (start > 0 && raw[i - start] != fill && i - start < start) {
                    throw PythonErrors.overflow("int too big to convert");
                }
            }
            int copy = Math.min(raw.length, length);
            System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
            if (little) {
                for (int i = 0; i < length / 2; i++) {
                    byte tmp = out[i];
                    out[i] = out[length - 1 - i];
                    out[length - 1 - i] = tmp;
                }
            }
            return new PBytes(out);
        }
    }

    @Builtin(name = "from_bytes", params = "cls, bytes, byteorder=?, *, signed=?", classMethod = true)
    @GenerateNodeFactory
    abstract static class FromBytesNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object fromBytes(Object[] a) {
            byte[] bytes = ((PBytes) a[1]).getBytes().clone();
            boolean little = a[2] != PNone.NO_VALUE && "little".equals(a[2]);
            if (little) {
                for (int i = 0; i < bytes.length / 2; i++) {
                    byte tmp = bytes[i];
                    bytes[i] = bytes[bytes.length - 1 - i];
                    bytes[bytes.length - 1 - i] = tmp;
                }
            }
            boolean signed = a[3] != PNone.NO_VALUE && PyObjects.isTrue(a[3]);
            BigInteger v = bytes.length == 0 ? BigInteger.ZERO : signed ? new BigInteger(bytes) : new BigInteger(1, bytes);
            return PyInts.normalize(v);
        }
    }

    /** bool(x): registered on int's table but installed as bool.__new__ by MiscTypeMethods. */
    @Builtin(name = "__bool_new__", params = "cls, x=?, /")
    @GenerateNodeFactory
    abstract static class BoolNewNode extends BuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object x) {
            return x != PNone.NO_VALUE && PyObjects.isTrue(x);
        }
    }
}
