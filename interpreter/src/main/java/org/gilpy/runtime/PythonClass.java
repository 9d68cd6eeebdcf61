package org.gilpy.runtime;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A Python class, built-in or user-defined. Attribute lookup walks the C3 method resolution
 * order and reads each class's namespace dict, as CPython's {@code _PyType_Lookup} does.
 *
 * <p>{@link #layout} names the built-in class whose instance representation this class
 * uses (object, list, dict, BaseException, ...), so that {@code object.__new__} knows which
 * Java class to instantiate for a user subclass.
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
    private final List<PythonClass> subclasses = new ArrayList<>();

    public PythonClass(PythonClass metaclass, String name, PythonClass[] bases, PDict namespace, boolean builtin) {
        super(metaclass);
        this.name = name;
        this.qualname = name;
        this.module = builtin ? "builtins" : null;
        this.namespace = namespace;
        this.builtin = builtin;
        setBases(bases);
    }

    public void setBases(PythonClass[] newBases) {
        this.bases = newBases;
        this.mro = MroComputer.compute(this, newBases);
        this.layout = builtin || newBases.length == 0 ? this : MroComputer.solidLayout(newBases);
        for (PythonClass base : newBases) {
            base.subclasses.add(this);
        }
    }

    /** Finds {@code name} along the MRO, or returns null. */
    @TruffleBoundary
    public Object lookup(String attr) {
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

    public PythonClass getLayout() {
        return layout;
    }

    public List<PythonClass> getSubclasses() {
        return subclasses;
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
