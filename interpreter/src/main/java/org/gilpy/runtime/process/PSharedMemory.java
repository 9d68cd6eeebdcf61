package org.gilpy.runtime.process;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PyNumbers;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;

/**
 * Memory shared between processes, the storage of multiprocessing's Value and Array: a
 * fixed number of C-typed cells ({@code 'i'} int, {@code 'd'} double, {@code 'c'} char...).
 * Forked children share the object itself. Integer cells wrap around like the C type
 * they stand for, as ctypes' do; each read and write is atomic, compound updates need the
 * wrapper's lock (as in CPython).
 */
public final class PSharedMemory extends PyObject {
    private final char typecode;
    private final long[] ints;
    private final double[] floats;
    private final int bits;
    private final boolean unsigned;

    public PSharedMemory(String typecode, int size) {
        super(PythonTypes.get().sharedMemory);
        if (typecode.length() != 1 || "bBhHiIlLqQfdcu".indexOf(typecode.charAt(0)) < 0) {
            throw PythonErrors.typeError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f, d or c)");
        }
        if (size < 0) {
            throw PythonErrors.valueError("array size must be non-negative");
        }
        this.typecode = typecode.charAt(0);
        boolean isFloat = this.typecode == 'f' || this.typecode == 'd';
        this.ints = isFloat ? null : new long[size];
        this.floats = isFloat ? new double[size] : null;
        this.bits = switch (this.typecode) {
            case 'b', 'B', 'c' -> 8;
            case 'h', 'H' -> 16;
            case 'i', 'I', 'u' -> 32;
            default -> 64;
        };
        this.unsigned = Character.isUpperCase(this.typecode) || this.typecode == 'c';
    }

    public int length() {
        return ints != null ? ints.length : floats.length;
    }

    public char typecode() {
        return typecode;
    }

    @TruffleBoundary
    public synchronized Object get(int index) {
        check(index);
        if (floats != null) {
            return typecode == 'f' ? (double) (float) floats[index] : floats[index];
        }
        long v = ints[index];
        if (typecode == 'c') {
            return new PBytes(new byte[]{(byte) v});
        } else if (typecode == 'u') {
            return new String(Character.toChars((int) v));
        }
        return v;
    }

    @TruffleBoundary
    public synchronized void set(int index, Object value) {
        check(index);
        if (floats != null) {
            floats[index] = PyNumbers.toDouble(value);
        } else if (typecode == 'c') {
            if (value instanceof Long l && l >= 0 && l < 256) {
                ints[index] = l;
            } else if (value instanceof PBytes b && b.getBytes().length == 1) {
                ints[index] = b.getBytes()[0] & 0xff;
            } else {
                throw PythonErrors.typeError("one character bytes, bytearray or integer expected");
            }
        } else if (typecode == 'u') {
            if (!(value instanceof String s) || s.codePointCount(0, s.length()) != 1) {
                throw PythonErrors.typeError("unicode string expected instead of " + org.gilpy.runtime.PyObjects.typeName(value) + " instance");
            }
            ints[index] = s.codePointAt(0);
        } else {
            if (!org.gilpy.runtime.PyInts.isInt(value)) {
                throw PythonErrors.typeError("int expected instead of " + org.gilpy.runtime.PyObjects.typeName(value));
            }
            ints[index] = wrap(value instanceof org.gilpy.runtime.PBigInt big ? big.toBigInteger().longValue() : PyNumbers.asLong(value));
        }
    }

    private long wrap(long v) {
        if (bits == 64) {
            return v;
        }
        long masked = v & ((1L << bits) - 1);
        if (!unsigned && masked >= (1L << (bits - 1))) {
            masked -= 1L << bits;
        }
        return masked;
    }

    private void check(int index) {
        if (index < 0 || index >= length()) {
            throw PythonErrors.create("IndexError", "invalid index");
        }
    }
}
