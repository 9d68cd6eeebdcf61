package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.StrKey;

/**
 * {@code obj.name = value} for instances of user classes, with an inline cache on the
 * class: when the class has no {@code __setattr__} of its own and nothing in its MRO
 * intercepts the name (a property or another data descriptor), the write goes straight to
 * the instance dict. Every other write takes {@link PyObjects#setAttribute}.
 */
public abstract class CachedAttributeWriteNode extends Node {
    static final int CACHE_LIMIT = 3;

    protected final String name;
    private final StrKey key;

    protected CachedAttributeWriteNode(String name) {
        this.name = name;
        this.key = new StrKey(name);
    }

    public static CachedAttributeWriteNode create(String name) {
        return CachedAttributeWriteNodeGen.create(name);
    }

    public abstract void execute(Object obj, Object value);

    /** Instances whose attribute writes have no special cases of their own. */
    static boolean isPlainInstance(PyObject obj) {
        return CachedAttributeReadNode.isPlainInstance(obj) && !(obj instanceof PBaseException)
                && !(obj instanceof PFunction) && obj.hasInstanceDict();
    }

    @TruffleBoundary
    static boolean writesToDict(PythonClass cls, String name) {
        if (cls.isBuiltin() || cls.isVolatile() || PyObjects.hasCustomSetattr(cls) || name.equals("__class__")
                || name.equals("__dict__")) {
            return false;
        }
        Object classAttr = cls.lookup(name);
        return classAttr == null || !PyObjects.isDataDescriptor(classAttr);
    }

    @Specialization(guards = {"isPlainInstance(obj)", "obj.getPythonClass() == cls", "direct"},
            assumptions = "unchanged", limit = "CACHE_LIMIT")
    protected void cached(PyObject obj, Object value,
                          @Cached("obj.getPythonClass()") PythonClass cls,
                          @Cached("cls.unchangedAssumption()") Assumption unchanged,
                          @Cached("writesToDict(cls, name)") boolean direct) {
        PDict dict = obj.getOrCreateDict();
        dict.putStrInline(key, value);
        cls.noteInstanceAttributes(dict.size());
    }

    @Specialization(replaces = "cached")
    protected void generic(Object obj, Object value) {
        PyObjects.setAttribute(obj, name, value);
    }
}
