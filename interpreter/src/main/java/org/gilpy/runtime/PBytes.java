package org.gilpy.runtime;

/** Python's bytes (immutable) and bytearray (mutable, told apart by class). */
public final class PBytes extends PyObject {
    private byte[] bytes;

    public PBytes(byte[] bytes) {
        super(PythonTypes.get().bytes);
        this.bytes = bytes;
    }

    public PBytes(PythonClass cls, byte[] bytes) {
        super(cls);
        this.bytes = bytes;
    }

    public byte[] getBytes() {
        return bytes;
    }

    public void setBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** {@code item in self}: a byte value or a sub-sequence. */
    public boolean contains(Object item) {
        if (item instanceof Long value) {
            for (byte x : bytes) {
                if ((x & 0xff) == value) {
                    return true;
                }
            }
            return false;
        }
        return indexOf(bytes, needle(item), 0) >= 0;
    }

    /** The bytes of an argument that must be bytes-like, with CPython's error otherwise. */
    public static byte[] needle(Object sub) {
        if (sub instanceof PBytes b) {
            return b.getBytes();
        }
        throw PythonErrors.typeError("a bytes-like object is required, not '" + PyObjects.typeName(sub) + "'");
    }

    public static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
