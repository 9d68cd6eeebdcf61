package org.gilpy.runtime;

/**
 * Base of every Python value that is not represented by a plain Java value. Python ints,
 * floats, bools and strs are Java {@code Long}/{@link PBigInt}, {@code Double},
 * {@code Boolean} and {@code String}, so the hot arithmetic paths never allocate wrappers;
 * everything else is a PyObject that knows its class and may carry an instance dict.
 *
 * <p>Built-in containers are PyObjects too, which is what lets a user class subclass
 * {@code list} or {@code Exception}: the instance is a PList or PBaseException whose
 * {@link #pythonClass} is the user's class.
 */
public abstract class PyObject {
    private PythonClass pythonClass;
    private PDict dict;
    private int serial; // id() number, given on first request (fits in the header padding)

    private static final java.util.concurrent.atomic.AtomicInteger SERIALS = new java.util.concurrent.atomic.AtomicInteger();

    protected PyObject(PythonClass pythonClass) {
        this.pythonClass = pythonClass;
    }

    public final PythonClass getPythonClass() {
        return pythonClass;
    }

    public final void setPythonClass(PythonClass cls) {
        this.pythonClass = cls;
    }

    /** The instance {@code __dict__}, or null when the object has none yet. */
    public final PDict getDict() {
        return dict;
    }

    /**
     * Returns the instance dict, creating it on first use, sized for as many attributes as
     * instances of the class have had (so that building an object's attributes never resizes).
     */
    public final PDict getOrCreateDict() {
        PDict d = dict;
        if (d == null) {
            d = PDict.forInstance(pythonClass.instanceAttributeHint());
            dict = d;
        }
        return d;
    }

    /**
     * A number unique among live objects for {@code id()}: identity hash codes collide, and
     * code such as gather() keys dicts by id(). Taken from a global counter on first use.
     */
    public final int serial() {
        int s = serial;
        if (s == 0) {
            synchronized (this) {
                s = serial;
                if (s == 0) {
                    do {
                        s = SERIALS.incrementAndGet();
                    } while (s == 0);
                    serial = s;
                }
            }
        }
        return s;
    }

    public final void setDict(PDict dict) {
        this.dict = dict;
    }

    /** Whether instances of this Java class accept new attributes; built-in values do not. */
    public boolean hasInstanceDict() {
        return !pythonClass.isBuiltin();
    }
}
