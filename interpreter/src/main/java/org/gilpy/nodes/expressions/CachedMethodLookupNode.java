package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PDescriptors.PSuper;
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
    protected final boolean special;

    protected CachedMethodLookupNode(String name, boolean special) {
        this.name = name;
        this.key = new StrKey(name);
        this.special = special;
    }

    public static CachedMethodLookupNode create(String name, boolean special) {
        return CachedMethodLookupNodeGen.create(name, special);
    }

    /**
     * The unbound method to call with {@code receiver} first (for a {@code super()} receiver: with
     * its instance, {@link #firstArgument}), or null.
     */
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

    /** What a method found for {@code receiver} is called with first. */
    public static Object firstArgument(Object receiver) {
        return receiver instanceof PSuper sup ? sup.self : receiver;
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
                || obj instanceof org.gilpy.runtime.PBigInt;
    }

    static PythonClass typeOf(Object obj) {
        return PyObjects.typeOf(obj);
    }

    /**
     * {@code super().name(...)} in a method: what follows the defining class in the MRO of the
     * instance's class, found once per pair of classes. The caller passes the super object's
     * instance as the first argument (super() never looks in the instance dict).
     */
    @Specialization(guards = {"!special", "isInstanceSuper(sup)", "sup.startAfter == start", "sup.selfClass == cls"},
            assumptions = "unchanged", limit = "CACHE_LIMIT")
    protected Object superMethod(PSuper sup,
                                 @Cached("sup.startAfter") PythonClass start,
                                 @Cached("sup.selfClass") PythonClass cls,
                                 @Cached("cls.unchangedAssumption()") Assumption unchanged,
                                 @Cached("superMethodOrNull(cls, start, name)") Object method) {
        return method;
    }

    /** super() in an instance method (not a classmethod's super(), which binds like a class attribute). */
    static boolean isInstanceSuper(PSuper sup) {
        return sup.self != (Object) sup.selfClass;
    }

    @TruffleBoundary
    static Object superMethodOrNull(PythonClass cls, PythonClass start, String name) {
        if (cls.isVolatile()) {
            return null;
        }
        Object found = cls.lookupAfter(start, name);
        return found != null && PyObjects.bindsAsMethod(found) ? found : null;
    }

    @Specialization(replaces = {"method", "valueMethod", "superMethod"})
    protected Object other(Object obj) {
        return null;
    }
}
