package org.gilpy.builtins;

import java.util.TreeSet;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.HashTable;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;

/** isinstance, issubclass and dir. */
final class Classes {
    private Classes() {
    }

    @TruffleBoundary
    static boolean isInstance(Object obj, Object spec) {
        if (spec instanceof PythonClass cls) {
            if (!cls.getPythonClass().isBuiltin()) {
                Object check = cls.getPythonClass().lookup("__instancecheck__");
                if (check != null) {
                    return PyObjects.isTrue(PyCallables.call(check, cls, obj));
                }
            }
            return PyObjects.typeOf(obj).isSubclassOf(cls);
        }
        if (spec instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (isInstance(obj, item)) {
                    return true;
                }
            }
            return false;
        }
        throw PythonErrors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    @TruffleBoundary
    static boolean isSubclass(Object cls, Object spec) {
        if (!(cls instanceof PythonClass c)) {
            throw PythonErrors.typeError("issubclass() arg 1 must be a class");
        }
        if (spec instanceof PythonClass s) {
            return c.isSubclassOf(s);
        }
        if (spec instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (isSubclass(cls, item)) {
                    return true;
                }
            }
            return false;
        }
        throw PythonErrors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    @TruffleBoundary
    static PList dir(Object obj) {
        TreeSet<String> names = new TreeSet<>();
        if (obj == null) {
            addKeys(names, CallerFrames.locals());
        } else {
            if (obj instanceof PyObject p && p.getDict() != null && !(obj instanceof PythonClass)) {
                addKeys(names, p.getDict());
            }
            PythonClass cls = obj instanceof PythonClass c ? c : PyObjects.typeOf(obj);
            for (PythonClass k : cls.getMro()) {
                addKeys(names, k.getNamespace());
            }
        }
        PList out = new PList();
        for (String n : names) {
            out.append(n);
        }
        return out;
    }

    private static void addKeys(TreeSet<String> names, PDict d) {
        HashTable t = d.table();
        for (int p = 0; p < t.capacity(); p++) {
            if (t.keyAt(p) instanceof String s) {
                names.add(s);
            }
        }
    }
}
