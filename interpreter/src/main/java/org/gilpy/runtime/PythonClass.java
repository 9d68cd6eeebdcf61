package org.gilpy.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

/**
 * A Python class, built-in or user-defined. Attribute lookup walks the C3 method resolution
 * order and reads each class's namespace dict, as CPython's {@code _PyType_Lookup} does
 * (and caches what it found, see below).
 *
 * <p>{@link #layout} names the built-in class whose instance representation this class
 * uses (object, list, dict, BaseException, ...), so that {@code object.__new__} knows which
 * Java class to instantiate for a user subclass.
 *
 * <p>Lookups are cached per class, as CPython's type attribute cache does: a class's cache
 * and its {@link #unchangedAssumption()} hold until the namespace of the class or of a base
 * changes (the namespace dict reports every write, see {@link PDict#ownedBy}) or its bases
 * are replaced. Compiled attribute accesses fold a lookup to a constant under that
 * assumption. A class that keeps changing (a counter kept as a class attribute) is marked
 * {@link #isVolatile() volatile} so that call sites stop specialising on it.
 */
public final class PythonClass extends PyObject {
    private String name;
    private String qualname;
    private String module;
    private PythonClass[] bases;
    private PythonClass[] mro;
    private final PDict namespace;
    private final boolean builtin;
    private PythonClass layout;
    // copy-on-write: changed() walks it while other threads (without a GIL) may add classes.
    // Weak, as CPython's: a base (above all a built-in one, which every process of the JVM
    // shares) must not keep its subclasses, and through them their modules, alive.
    private final List<java.lang.ref.WeakReference<PythonClass>> subclasses = new CopyOnWriteArrayList<>();

    private static final Object NOT_FOUND = new Object();
    private static final int VOLATILE_AFTER_CHANGES = 8;
    private final ConcurrentHashMap<String, Object> lookupCache = new ConcurrentHashMap<>();
    private volatile int version;
    private volatile Assumption unchanged; // created when first asked for
    private int changes; // changes that invalidated something a cache relied on
    private int instanceAttributes; // the most attributes an instance's dict has held

    public PythonClass(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace, boolean builtin) {
        super(metaclass);
        this.name = name;
        this.qualname = name;
        this.module = builtin ? "builtins" : null;
        this.namespace = namespace;
        this.builtin = builtin;
        namespace.ownedBy(this);
        setBases(bases);
    }

    public void setBases(PythonClass[] newBases) {
        if (bases != null) {
            for (PythonClass old : bases) {
                old.subclasses.removeIf(ref -> ref.get() == this || ref.get() == null);
            }
        }
        this.bases = newBases;
        this.mro = MroComputer.compute(this, newBases);
        this.layout = builtin || newBases.length == 0 ? this : MroComputer.solidLayout(newBases);
        for (PythonClass base : newBases) {
            base.subclasses.removeIf(ref -> ref.get() == null);
            base.subclasses.add(new java.lang.ref.WeakReference<>(this));
        }
        changed();
        for (PythonClass sub : getSubclasses()) {
            sub.setBases(sub.bases); // their MROs run through this class's
        }
    }

    /** Finds {@code name} along the MRO, or returns null. */
    @TruffleBoundary
    public Object lookup(String attr) {
        Object cached = lookupCache.get(attr);
        if (cached == null) {
            int seen = version;
            Object found = lookupInMro(attr);
            cached = found == null ? NOT_FOUND : found;
            lookupCache.put(attr, cached);
            if (version != seen) { // a change raced with this walk: do not keep what it found
                lookupCache.remove(attr);
            }
        }
        return cached == NOT_FOUND ? null : cached;
    }

    private Object lookupInMro(String attr) {
        for (PythonClass cls : mro) {
            Object value = cls.namespace.getStr(attr);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Like {@link #lookup} but starting after {@code start} in this class's MRO (for super()). */
    @TruffleBoundary
    public Object lookupAfter(PythonClass start, String attr) {
        boolean found = false;
        for (PythonClass cls : mro) {
            if (found) {
                Object value = cls.namespace.getStr(attr);
                if (value != null) {
                    return value;
                }
            } else if (cls == start) {
                found = true;
            }
        }
        return null;
    }

    /** How many entries to allocate for a new instance dict. */
    public int instanceAttributeHint() {
        return instanceAttributes;
    }

    /** Called after an attribute write that grew an instance dict to {@code size} entries. */
    public void noteInstanceAttributes(int size) {
        if (size > instanceAttributes) {
            instanceAttributes = Math.min(size, 64);
        }
    }

    /** Valid while neither this class nor any class in its MRO has changed. */
    public Assumption unchangedAssumption() {
        Assumption a = unchanged;
        if (a == null) {
            a = Truffle.getRuntime().createAssumption("class unchanged");
            unchanged = a;
        }
        return a;
    }

    /** Whether this class has changed so often that caching lookups on it is not worth it. */
    public boolean isVolatile() {
        return changes > VOLATILE_AFTER_CHANGES;
    }

    /** Called on every write to the namespace: drops this class's and its subclasses' caches. */
    @TruffleBoundary
    void changed() {
        version++;
        Assumption old = unchanged;
        if (old != null || !lookupCache.isEmpty()) {
            changes++;
            lookupCache.clear();
            unchanged = null;
            if (old != null) {
                old.invalidate();
            }
        }
        for (java.lang.ref.WeakReference<PythonClass> ref : subclasses) {
            PythonClass sub = ref.get();
            if (sub != null) {
                sub.changed();
            }
        }
    }

    public boolean isSubclassOf(PythonClass other) {
        if (this == other) {
            return true;
        }
        for (PythonClass cls : mro) {
            if (cls == other) {
                return true;
            }
        }
        return false;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public PythonClass[] getBases() {
        return bases;
    }

    public PythonClass[] getMro() {
        return mro;
    }

    public PDict getNamespace() {
        return namespace;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    /** For a built-in class whose instances are laid out as its base's (most exception types). */
    public void shareLayoutOf(PythonClass base) {
        this.layout = base.getLayout();
    }

    public PythonClass getLayout() {
        return layout;
    }

    /** The subclasses still alive, oldest first. */
    public List<PythonClass> getSubclasses() {
        List<PythonClass> alive = new java.util.ArrayList<>();
        for (java.lang.ref.WeakReference<PythonClass> ref : subclasses) {
            PythonClass sub = ref.get();
            if (sub != null) {
                alive.add(sub);
            }
        }
        return alive;
    }

    @Override
    public boolean hasInstanceDict() {
        return !builtin;
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
