package org.gilpy.runtime;

import java.lang.ref.WeakReference;

/**
 * {@code weakref.ref}: a reference that does not keep its object alive. The JVM's collector
 * decides when the object goes; callbacks are not supported (a Truffle context cannot run
 * Python code on the collector's thread), so the ref simply starts answering None.
 */
public final class PWeakRef extends PyObject {
    private final WeakReference<Object> referent;
    private long hash;
    private boolean hashed;

    public PWeakRef(PythonClass cls, Object target) {
        super(cls);
        this.referent = new WeakReference<>(target);
    }

    /** The object, or null once it has been collected. */
    public Object get() {
        return referent.get();
    }

    /** The referent's hash, remembered so that it stays usable as a key after the object dies. */
    public synchronized long hash() {
        if (!hashed) {
            Object target = get();
            if (target == null) {
                throw PythonErrors.typeError("weak object has gone away");
            }
            hash = PyHash.hash(target);
            hashed = true;
        }
        return hash;
    }

    /** Whether an object can be weakly referenced: not the values built into the JVM or plain containers. */
    public static boolean canReference(Object target) {
        if (!(target instanceof PyObject p)) {
            return false;
        }
        PythonClass cls = p.getPythonClass();
        return !(cls.isBuiltin() && (target instanceof PList || target instanceof PTuple || target instanceof PDict
                || target instanceof PBytes || target instanceof PBaseException));
    }
}
