package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PDescriptors.PSuper;
import org.gilpy.runtime.PMethod;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.StrKey;

/**
 * {@code obj.name} for instances, with an inline cache on the instance's class: what the
 * class's MRO holds under the name (a method, a data descriptor, or nothing) is looked up
 * once per class and folds to a constant in compiled code while the class stays unchanged.
 * What remains per access is the instance-dict probe and, for methods, the bound method.
 * Everything else (classes, {@code super()}, ints and strs, a custom
 * {@code __getattribute__}, names only {@code __getattr__} or a special attribute answers)
 * takes {@link PyObjects#getAttribute}, which implements the full protocol.
 */
public abstract class CachedAttributeReadNode extends Node {
    static final int CACHE_LIMIT = 3;

    protected final String name;
    private final StrKey key;

    protected CachedAttributeReadNode(String name) {
        this.name = name;
        this.key = new StrKey(name);
    }

    public static CachedAttributeReadNode create(String name) {
        return CachedAttributeReadNodeGen.create(name);
    }

    public abstract Object execute(Object obj);

    /** How an instance read of the name resolves, given what the class holds (null: not cacheable). */
    enum Plan { DATA_DESCRIPTOR, DICT_THEN_METHOD, DICT_THEN_CLASS_VALUE, DICT_THEN_DESCRIPTOR, DICT_ONLY }

    static boolean isPlainInstance(PyObject obj) {
        return !(obj instanceof PythonClass) && !(obj instanceof PSuper);
    }

    @TruffleBoundary
    static Plan plan(PythonClass cls, Object classAttr) {
        if (cls.isVolatile() || PyObjects.hasCustomGetattribute(cls)) {
            return null;
        }
        if (classAttr == null) {
            return Plan.DICT_ONLY;
        }
        if (PyObjects.isDataDescriptor(classAttr)) {
            return Plan.DATA_DESCRIPTOR;
        }
        if (PyObjects.bindsAsMethod(classAttr)) {
            return Plan.DICT_THEN_METHOD;
        }
        // a class-level default such as "_state = None", read until the instance sets its own
        return PyObjects.isPlainClassValue(classAttr) ? Plan.DICT_THEN_CLASS_VALUE : Plan.DICT_THEN_DESCRIPTOR;
    }

    @Specialization(guards = {"isPlainInstance(obj)", "obj.getPythonClass() == cls", "plan != null"},
            assumptions = "unchanged", limit = "CACHE_LIMIT")
    protected Object cached(PyObject obj,
                            @Cached("obj.getPythonClass()") PythonClass cls,
                            @Cached("cls.unchangedAssumption()") Assumption unchanged,
                            @Cached("cls.lookup(name)") Object classAttr,
                            @Cached("plan(cls, classAttr)") Plan plan) {
        if (plan != Plan.DATA_DESCRIPTOR) {
            PDict dict = obj.getDict();
            if (dict != null) {
                Object own = dict.getStrInline(key);
                if (own != null) {
                    return own;
                }
            }
            if (plan == Plan.DICT_THEN_METHOD) {
                return new PMethod(obj, classAttr);
            }
            if (plan == Plan.DICT_THEN_CLASS_VALUE) {
                return classAttr;
            }
            if (plan == Plan.DICT_ONLY) {
                return PyObjects.getAttribute(obj, name); // special attributes, __getattr__, or the error
            }
        }
        return bind(classAttr, obj, cls);
    }

    @Specialization(replaces = "cached")
    protected Object generic(Object obj) {
        return PyObjects.getAttribute(obj, name);
    }

    @TruffleBoundary
    private static Object bind(Object classAttr, Object obj, PythonClass cls) {
        return PyObjects.bindDescriptor(classAttr, obj, cls);
    }
}
