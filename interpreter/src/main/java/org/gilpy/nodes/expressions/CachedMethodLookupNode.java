package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.StrKey;

/**
 * The first half of a method call {@code obj.name(...)}, as CPython's LOAD_ATTR with its
 * method flag: when {@code name} on the receiver's class is a plain method (a Python
 * function or a built-in method descriptor) that the instance dict does not shadow, it
 * answers that function, to be called with the receiver prepended, and no bound method
 * object is created. Null means "read the attribute as usual" (shadowed, not a method, an
 * uncached or unusual receiver). The class cache is the one of {@link CachedAttributeReadNode}.
 * Special method lookups (the implicit calls of {@code with}, {@code async for} and the like)
 * use it too, without the instance dict.
 */
public abstract class CachedMethodLookupNode extends Node {
    static final int CACHE_LIMIT = CachedAttributeReadNode.CACHE_LIMIT;
    protected final String name;
    private final StrKey key;
    /** A special method lookup ({@code type(obj).__enter__}): the instance dict plays no part. */
    private final boolean special;

    protected CachedMethodLookupNode(String name, boolean special) {
        this.name = name;
        this.key = new StrKey(name);
        this.special = special;
    }

    public static CachedMethodLookupNode create(String name, boolean special) {
        return CachedMethodLookupNodeGen.create(name, special);
    }

    /** The unbound method to call with {@code receiver} first, or null. */
    public abstract Object execute(Object receiver);

    static boolean isMethod(CachedAttributeReadNode.Plan plan, Object classAttr) {
        return plan == CachedAttributeReadNode.Plan.DICT_THEN_METHOD && PyObjects.bindsAsMethod(classAttr);
    }

    @Specialization(guards = {"isPlainInstance(obj)", "obj.getPythonClass() == cls"},
            assumptions = "unchanged", limit = "CACHE_LIMIT")
    protected Object method(PyObject obj,
                            @Cached("obj.getPythonClass()") PythonClass cls,
                            @Cached("cls.unchangedAssumption()") Assumption unchanged,
                            @Cached("cls.lookup(name)") Object classAttr,
                            @Cached("isMethod(plan(cls, classAttr), classAttr)") boolean isMethod) {
        if (!isMethod) {
            return null;
        }
        if (special) {
            return classAttr;
        }
        PDict dict = obj.getDict();
        return dict != null && dict.getStrInline(key) != null ? null : classAttr;
    }

    static boolean isPlainInstance(PyObject obj) {
        return CachedAttributeReadNode.isPlainInstance(obj);
    }

    static CachedAttributeReadNode.Plan plan(PythonClass cls, Object classAttr) {
        return CachedAttributeReadNode.plan(cls, classAttr);
    }

    /**
     * A receiver that is a plain Java value (str, int, float, bool): its class is one of the
     * built-in types, which nothing can change, so the method found once is the method.
     */
    @Specialization(guards = {"isJavaValue(obj)", "obj.getClass() == javaClass"}, assumptions = "unchanged",
            limit = "CACHE_LIMIT")
    protected Object valueMethod(Object obj,
                                 @Cached("obj.getClass()") Class<?> javaClass,
                                 @Cached("typeOf(obj)") PythonClass cls,
                                 @Cached("cls.unchangedAssumption()") Assumption unchanged,
                                 @Cached("cls.lookup(name)") Object classAttr,
                                 @Cached("isMethod(plan(cls, classAttr), classAttr)") boolean isMethod) {
        return isMethod ? classAttr : null;
    }

    static boolean isJavaValue(Object obj) {
        return obj instanceof String || obj instanceof Long || obj instanceof Double || obj instanceof Boolean
                || obj instanceof java.math.BigInteger;
    }

    static PythonClass typeOf(Object obj) {
        return PyObjects.typeOf(obj);
    }

    @Specialization(replaces = {"method", "valueMethod"})
    protected Object other(Object obj) {
        return null;
    }
}
