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
}
