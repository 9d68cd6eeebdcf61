package org.gilpy.runtime;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PDescriptors.PProperty;
import org.gilpy.runtime.PDescriptors.PSuper;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * The generic object protocol, for any Python value: its class, truth value, attribute
 * access (with descriptors, as CPython's {@code PyObject_GenericGetAttr}), iteration, and
 * the entry points of repr/str/hash. Nodes use specialised fast paths and fall back here.
 */
public final class PyObjects {
    private PyObjects() {
    }

    public static PythonClass typeOf(Object o) {
        if (o instanceof PyObject p) {
            return p.getPythonClass();
        }
        PythonTypes t = PythonTypes.get();
        if (o instanceof Long || o instanceof PBigInt) {
            return t.int_;
        } else if (o instanceof String) {
            return t.str;
        } else if (o instanceof Double) {
            return t.float_;
        } else if (o instanceof Boolean) {
            return t.bool;
        } else if (o == PNone.NONE) {
            return t.noneType;
        } else if (o == PNone.NOT_IMPLEMENTED) {
            return t.notImplementedType;
        } else if (o == PNone.ELLIPSIS) {
            return t.ellipsisType;
        }
        throw new IllegalStateException("not a Python value: " + (o == null ? "null" : o.getClass().getName()));
    }

    public static String typeName(Object o) {
        return typeOf(o).getName();
    }

    public static boolean isInstance(Object o, PythonClass cls) {
        return typeOf(o).isSubclassOf(cls);
    }

    /** Python's {@code is}: identity, except that equal ints and floats count as identical. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof Double x && b instanceof Double y) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        return false;
    }

    // ---------------------------------------------------------------- truth

    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        } else if (o instanceof Long l) {
            return l != 0;
        } else if (o == PNone.NONE) {
            return false;
        } else if (o instanceof String s) {
            return !s.isEmpty();
        }
        return isTrueSlow(o);
    }

    @TruffleBoundary
    private static boolean isTrueSlow(Object o) {
        if (o instanceof Double d) {
            return d != 0.0;
        } else if (o instanceof PBigInt) {
            return true; // normalised: a PBigInt is never zero
        }
        PythonClass cls = typeOf(o);
        if (cls.isBuiltin()) {
            if (o instanceof PList l) {
                return l.size() != 0;
            } else if (o instanceof PTuple t) {
                return t.size() != 0;
            } else if (o instanceof PDict d) {
                return d.size() != 0;
            } else if (o instanceof PSet s) {
                return s.size() != 0;
            } else if (o instanceof PRange r) {
                return !r.isEmpty();
            } else if (o instanceof PBytes b) {
                return b.getBytes().length != 0;
            }
        }
        Object bool = cls.lookup("__bool__");
        if (bool != null && !(bool instanceof PBuiltinFunction)) {
            Object r = PyCallables.call(bool, o);
            if (!(r instanceof Boolean b)) {
                throw PythonErrors.typeError("__bool__ should return bool, returned " + typeName(r));
            }
            return b;
        }
        Object len = cls.lookup("__len__");
        if (len != null) {
            return PyNumbers.asIndex(PyCallables.call(len, o)) != 0;
        }
        return true;
    }

    // ---------------------------------------------------------------- attributes

    @TruffleBoundary
    public static Object getAttribute(Object obj, String name) {
        Object result = lookupAttribute(obj, name);
        if (result == null) {
            throw attributeError(obj, name);
        }
        return result;
    }

    /** Like {@link #getAttribute} but returns null instead of raising AttributeError. */
    @TruffleBoundary
    public static Object lookupAttribute(Object obj, String name) {
        PythonClass type = typeOf(obj);
        if (hasCustomGetattribute(type)) {
            try {
                return PyCallables.call(type.lookup("__getattribute__"), obj, name);
            } catch (PException e) {
                if (!isInstance(e.getPythonException(), PythonTypes.get().exception("AttributeError"))) {
                    throw e;
                }
                Object getattr = type.lookup("__getattr__");
                if (getattr == null) {
                    return null;
                }
                return callGetattr(getattr, obj, name);
            }
        }
        return genericLookupAttribute(obj, name);
    }

    /** {@code object.__getattribute__}: descriptors, instance dict, class, then __getattr__. */
    @TruffleBoundary
    public static Object genericLookupAttribute(Object obj, String name) {
        if (obj instanceof PythonClass cls) {
            return getClassAttribute(cls, name);
        }
        if (obj instanceof PSuper sup) {
            return getSuperAttribute(sup, name);
        }
        PythonClass cls = typeOf(obj);
        Object clsAttr = cls.lookup(name);
        if (clsAttr != null && isDataDescriptor(clsAttr)) {
            return bindDescriptor(clsAttr, obj, cls);
        }
        if (obj instanceof PyObject p) {
            PDict d = p.getDict();
            if (d != null) {
                Object v = d.getStr(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (clsAttr != null) {
            return bindDescriptor(clsAttr, obj, cls);
        }
        Object special = SpecialAttributes.get(obj, name);
        if (special != null) {
            return special;
        }
        Object getattr = cls.lookup("__getattr__");
        if (getattr != null) {
            return callGetattr(getattr, obj, name);
        }
        return null;
    }

    private static Object callGetattr(Object getattr, Object obj, String name) {
        try {
            return PyCallables.call(getattr, obj, name);
        } catch (PException e) {
            if (isInstance(e.getPythonException(), PythonTypes.get().exception("AttributeError"))) {
                return null;
            }
            throw e;
        }
    }

    private static Object getClassAttribute(PythonClass cls, String name) {
        PythonClass meta = cls.getPythonClass();
        Object metaAttr = meta.lookup(name);
        if (metaAttr != null && isDataDescriptor(metaAttr)) {
            return bindDescriptor(metaAttr, cls, meta);
        }
        Object v = cls.lookup(name);
        if (v != null) {
            return bindDescriptor(v, PNone.NONE, cls);
        }
        Object special = SpecialAttributes.get(cls, name);
        if (special != null) {
            return special;
        }
        if (metaAttr != null) {
            return bindDescriptor(metaAttr, cls, meta);
        }
        return null;
    }

    private static Object getSuperAttribute(PSuper sup, String name) {
        Object v = sup.selfClass.lookupAfter(sup.startAfter, name);
        if (v == null) {
            if (name.equals("__class__")) {
                return PythonTypes.get().superType;
            }
            return null;
        }
        // super(C, cls) binds like an attribute of the class; super(C, obj) like one of obj.
        return bindDescriptor(v, sup.self == sup.selfClass ? PNone.NONE : sup.self, sup.selfClass);
    }

    public static boolean isDataDescriptor(Object attr) {
        if (attr instanceof PProperty) {
            return true;
        }
        if (attr instanceof PyObject p && !p.getPythonClass().isBuiltin()) {
            PythonClass c = p.getPythonClass();
            return c.lookup("__set__") != null || c.lookup("__delete__") != null;
        }
        return false;
    }

    /** Applies the descriptor protocol to a class attribute found for {@code obj} (None for a class). */
    public static Object bindDescriptor(Object attr, Object obj, PythonClass cls) {
        if (attr instanceof PFunction) {
            return obj == PNone.NONE ? attr : new PMethod(obj, attr);
        }
        if (attr instanceof PBuiltinFunction bf) {
            if (!isMethodDescriptor(bf) || bf.getName().equals("__new__")) {
                return attr;
            }
            if (bf.isClassMethod()) {
                return new PMethod(obj == PNone.NONE ? cls : typeOf(obj), attr);
            }
            return obj == PNone.NONE ? attr : new PMethod(obj, attr);
        }
        if (attr instanceof PWrappedCallable w) {
            PythonTypes t = PythonTypes.get();
            if (w.getPythonClass().isSubclassOf(t.classmethod)) {
                return new PMethod(obj == PNone.NONE ? cls : typeOf(obj), w.callable);
            }
            return w.callable;
        }
        if (attr instanceof PProperty prop) {
            if (obj == PNone.NONE) {
                return prop;
            }
            if (prop.fget == PNone.NONE) {
                throw PythonErrors.attributeError("property of '" + typeName(obj) + "' object has no getter");
            }
            return PyCallables.call(prop.fget, obj);
        }
        if (attr instanceof PyObject p && !p.getPythonClass().isBuiltin()) {
            Object get = p.getPythonClass().lookup("__get__");
            if (get != null) {
                return PyCallables.call(get, attr, obj, obj == PNone.NONE ? cls : typeOf(obj));
            }
        }
        return attr;
    }

    /**
     * Whether {@link #bindDescriptor} returns this class attribute unchanged for any instance,
     * now and later: a value of a built-in type that is no descriptor (None, a number, a str, a
     * class, a container). A user-defined object is not, as its class may gain {@code __get__}.
     */
    public static boolean isPlainClassValue(Object attr) {
        if (attr instanceof PFunction || attr instanceof PBuiltinFunction || attr instanceof PWrappedCallable
                || attr instanceof PProperty) {
            return false;
        }
        return !(attr instanceof PyObject p) || p.getPythonClass().isBuiltin();
    }

    private static boolean isMethodDescriptor(PBuiltinFunction bf) {
        return bf.getQualname().indexOf('.') >= 0;
    }

    /**
     * Whether {@link #bindDescriptor} turns this class attribute into {@code PMethod(obj,
     * attr)} for an instance: plain functions and built-in instance methods. Attribute
     * caches use it to bind without the general descriptor protocol.
     */
    public static boolean bindsAsMethod(Object attr) {
        if (attr instanceof PFunction) {
            return true;
        }
        return attr instanceof PBuiltinFunction bf && isMethodDescriptor(bf) && !bf.getName().equals("__new__")
                && !bf.isClassMethod();
    }

    /** Whether {@code cls} overrides attribute reading with a Python-level {@code __getattribute__}. */
    public static boolean hasCustomGetattribute(PythonClass cls) {
        if (cls.isBuiltin()) {
            return false;
        }
        Object override = cls.lookup("__getattribute__");
        return override != null && !(override instanceof PBuiltinFunction);
    }

    /** Whether {@code cls} overrides attribute writing with a Python-level {@code __setattr__}. */
    public static boolean hasCustomSetattr(PythonClass cls) {
        if (cls.isBuiltin()) {
            return false;
        }
        Object override = cls.lookup("__setattr__");
        return override != null && !(override instanceof PBuiltinFunction);
    }

    @TruffleBoundary
    public static void setAttribute(Object obj, String name, Object value) {
        PythonClass cls = typeOf(obj);
        if (obj instanceof PythonClass c && !hasCustomSetattr(cls)) {
            setClassAttribute(c, name, value);
            return;
        }
        if (hasCustomSetattr(cls)) {
            PyCallables.call(cls.lookup("__setattr__"), obj, name, value);
            return;
        }
        genericSetAttribute(obj, name, value);
    }

    /** {@code type.__setattr__}: the class's namespace (built-in types are immutable). */
    private static void setClassAttribute(PythonClass cls, String name, Object value) {
        if (cls.isBuiltin()) {
            throw PythonErrors.typeError("cannot set '" + name + "' attribute of immutable type '" + cls.getName() + "'");
        }
        if (!SpecialAttributes.setClassAttribute(cls, name, value)) {
            cls.getNamespace().put(name, value);
        }
    }

    /** {@code type.__delattr__}: removes a name from the class's namespace. */
    @TruffleBoundary
    public static void deleteClassAttribute(PythonClass cls, String name) {
        if (cls.isBuiltin()) {
            throw PythonErrors.typeError("cannot delete '" + name + "' attribute of immutable type '" + cls.getName() + "'");
        }
        if (cls.getNamespace().remove(name) == null) {
            throw PythonErrors.attributeError("type object '" + cls.getName() + "' has no attribute '" + name + "'");
        }
    }

    /** {@code object.__setattr__}: descriptors first, then the instance dict. */
    @TruffleBoundary
    public static void genericSetAttribute(Object obj, String name, Object value) {
        if (obj instanceof PythonClass c) {
            setClassAttribute(c, name, value); // type.__setattr__, reached from a metaclass's super()
            return;
        }
        PythonClass cls = typeOf(obj);
        Object attr = cls.lookup(name);
        if (attr instanceof PProperty prop) {
            if (prop.fset == PNone.NONE) {
                throw PythonErrors.attributeError("property '" + name + "' of '" + cls.getName() + "' object has no setter");
            }
            PyCallables.call(prop.fset, obj, value);
            return;
        }
        if (attr instanceof PyObject p && !p.getPythonClass().isBuiltin()) {
            Object set = p.getPythonClass().lookup("__set__");
            if (set != null) {
                PyCallables.call(set, attr, obj, value);
                return;
            }
        }
        if (obj instanceof PyObject p && p.hasInstanceDict()) {
            if (obj instanceof PBaseException exc && SpecialAttributes.setExceptionAttribute(exc, name, value)) {
                return;
            }
            if (obj instanceof PFunction f && SpecialAttributes.setFunctionAttribute(f, name, value)) {
                return;
            }
            if (name.equals("__class__") && value instanceof PythonClass newCls) {
                p.setPythonClass(newCls);
                return;
            }
            if (name.equals("__dict__")) {
                if (!(value instanceof PDict d)) {
                    throw PythonErrors.typeError("__dict__ must be set to a dictionary, not a '" + typeOf(value).getName() + "'");
                }
                p.setDict(d);
                return;
            }
            p.getOrCreateDict().put(name, value);
            return;
        }
        if (attr != null) {
            throw PythonErrors.attributeError("'" + cls.getName() + "' object attribute '" + name + "' is read-only");
        }
        throw PythonErrors.attributeError("'" + cls.getName() + "' object has no attribute '" + name + "'");
    }

    @TruffleBoundary
    public static void deleteAttribute(Object obj, String name) {
        if (obj instanceof PythonClass cls && !(typeOf(cls).lookup("__delattr__") instanceof PFunction)) {
            deleteClassAttribute(cls, name);
            return;
        }
        PythonClass cls = typeOf(obj);
        Object delattr = cls.lookup("__delattr__");
        if (delattr != null && !(delattr instanceof PBuiltinFunction)) {
            PyCallables.call(delattr, obj, name);
            return;
        }
        Object attr = cls.lookup(name);
        if (attr instanceof PProperty prop) {
            if (prop.fdel == PNone.NONE) {
                throw PythonErrors.attributeError("property '" + name + "' of '" + cls.getName() + "' object has no deleter");
            }
            PyCallables.call(prop.fdel, obj);
            return;
        }
        if (obj instanceof PyObject p && p.getDict() != null && p.getDict().remove(name) != null) {
            return;
        }
        throw attributeError(obj, name);
    }

    @TruffleBoundary
    public static PException attributeError(Object obj, String name) {
        PException e;
        if (obj instanceof PythonClass cls) {
            e = PythonErrors.attributeError("type object '" + cls.getName() + "' has no attribute '" + name + "'");
        } else if (obj instanceof PModule m) {
            e = PythonErrors.attributeError("module '" + m.getName() + "' has no attribute '" + name + "'");
        } else {
            e = PythonErrors.attributeError("'" + typeName(obj) + "' object has no attribute '" + name + "'");
        }
        PDict d = e.getPythonException().getOrCreateDict();
        d.put("name", name);
        d.put("obj", obj);
        return e;
    }

    /** Calls {@code obj.name(args)} looking the method up on the class, as special-method calls do. */
    @TruffleBoundary
    public static Object callSpecial(Object obj, String name, Object... args) {
        Object method = typeOf(obj).lookup(name);
        if (method == null) {
            return null;
        }
        Object[] full = new Object[args.length + 1];
        full[0] = obj;
        System.arraycopy(args, 0, full, 1, args.length);
        Object bound = method instanceof PFunction || method instanceof PBuiltinFunction ? method : bindDescriptor(method, obj, typeOf(obj));
        if (bound != method) {
            return PyCallables.call(bound, args);
        }
        return PyCallables.call(method, full);
    }

    // ---------------------------------------------------------------- iteration

    @TruffleBoundary
    public static Object getIterator(Object obj) {
        if (obj instanceof PList l) {
            if (l.getPythonClass().isBuiltin()) {
                return new BuiltinIterators.ListIterator(l);
            }
        } else if (obj instanceof PTuple t) {
            if (t.getPythonClass().isBuiltin()) {
                return new BuiltinIterators.ArrayIterator(t.getItems());
            }
        } else if (obj instanceof String s) {
            return new BuiltinIterators.StringIterator(s);
        } else if (obj instanceof PRange r) {
            return new BuiltinIterators.RangeIterator(r);
        } else if (obj instanceof PIterator) {
            if (obj instanceof PGenerator g && g.getPythonClass() == PythonTypes.get().coroutine) {
                throw PythonErrors.typeError("'coroutine' object is not iterable");
            }
            return obj;
        } else if (obj instanceof PDictView v) {
            return v.iterator();
        }
        PythonClass cls = typeOf(obj);
        Object iter = cls.lookup("__iter__");
        if (iter != null && iter != PNone.NONE) {
            Object it = PyCallables.call(iter, obj);
            if (!(it instanceof PIterator) && typeOf(it).lookup("__next__") == null) {
                throw PythonErrors.typeError("iter() returned non-iterator of type '" + typeName(it) + "'");
            }
            return it;
        }
        if (obj instanceof PDict d) {
            return new BuiltinIterators.DictIterator(d, BuiltinIterators.DictIterator.Kind.KEYS);
        } else if (obj instanceof PSet s) {
            return new BuiltinIterators.SetIterator(s);
        } else if (obj instanceof PList l) {
            return new BuiltinIterators.ListIterator(l);
        } else if (obj instanceof PTuple t) {
            return new BuiltinIterators.ArrayIterator(t.getItems());
        } else if (obj instanceof PBytes b) {
            Object[] items = new Object[b.getBytes().length];
            for (int i = 0; i < items.length; i++) {
                items[i] = (long) (b.getBytes()[i] & 0xff);
            }
            return new BuiltinIterators.ArrayIterator(items);
        }
        if (cls.lookup("__getitem__") != null) {
            return new BuiltinIterators.SequenceIterator(obj);
        }
        throw PythonErrors.typeError("'" + cls.getName() + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted. */
    @TruffleBoundary
    public static Object next(Object iterator) {
        if (iterator instanceof PIterator it) {
            return it.next();
        }
        Object next = typeOf(iterator).lookup("__next__");
        if (next == null) {
            throw PythonErrors.typeError("'" + typeName(iterator) + "' object is not an iterator");
        }
        try {
            return PyCallables.call(next, iterator);
        } catch (PException e) {
            if (isInstance(e.getPythonException(), PythonTypes.get().stopIteration)) {
                return null;
            }
            throw e;
        }
    }

    /** Drains any iterable into an array. */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PList l && l.getPythonClass().isBuiltin()) {
            return l.toArray();
        } else if (iterable instanceof PTuple t && t.getPythonClass().isBuiltin()) {
            return t.getItems();
        }
        Object it = getIterator(iterable);
        PList out = new PList();
        Object item;
        while ((item = next(it)) != null) {
            out.append(item);
        }
        return out.toArray();
    }

    // ---------------------------------------------------------------- len, repr, str, hash

    @TruffleBoundary
    public static long length(Object obj) {
        if (obj instanceof String s) {
            return s.codePointCount(0, s.length());
        } else if (obj instanceof PList l) {
            return l.size();
        } else if (obj instanceof PTuple t) {
            return t.size();
        } else if (obj instanceof PDict d && d.getPythonClass().isBuiltin()) {
            return d.size();
        }
        PythonClass cls = typeOf(obj);
        Object len = cls.lookup("__len__");
        if (len != null && !(len instanceof PBuiltinFunction)) {
            long n = PyNumbers.asIndex(PyCallables.call(len, obj));
            if (n < 0) {
                throw PythonErrors.valueError("__len__() should return >= 0");
            }
            return n;
        }
        if (obj instanceof PDict d) {
            return d.size();
        } else if (obj instanceof PSet s) {
            return s.size();
        } else if (obj instanceof PRange r) {
            return r.length();
        } else if (obj instanceof PBytes b) {
            return b.getBytes().length;
        } else if (obj instanceof PDictView v) {
            return v.dict.size();
        } else if (len != null) {
            return PyNumbers.asIndex(PyCallables.call(len, obj)); // a built-in type without a case above (deque)
        }
        throw PythonErrors.typeError("object of type '" + cls.getName() + "' has no len()");
    }

    @TruffleBoundary
    public static String repr(Object obj) {
        PythonClass cls = typeOf(obj);
        if (!cls.isBuiltin()) {
            return checkString(PyCallables.call(cls.lookup("__repr__"), obj), "__repr__");
        }
        return Repr.builtinRepr(obj);
    }

    @TruffleBoundary
    public static String str(Object obj) {
        if (obj instanceof String s) {
            return s;
        }
        PythonClass cls = typeOf(obj);
        if (!cls.isBuiltin()) {
            return checkString(PyCallables.call(cls.lookup("__str__"), obj), "__str__");
        }
        return Repr.builtinStr(obj);
    }

    private static String checkString(Object result, String method) {
        if (result instanceof String s) {
            return s;
        }
        throw PythonErrors.typeError(method + " returned non-string (type " + typeName(result) + ")");
    }

    /** hash() of a value that is not a number or str. */
    @TruffleBoundary
    public static long hashObject(Object obj) {
        PythonClass cls = typeOf(obj);
        Object method = cls.lookup("__hash__");
        if (method == PNone.NONE) {
            throw PythonErrors.typeError("unhashable type: '" + cls.getName() + "'");
        }
        if (method != null && !(method instanceof PBuiltinFunction)) {
            Object h = PyCallables.call(method, obj);
            if (h instanceof Long l) {
                return l == -1 ? -2 : l;
            } else if (h instanceof PBigInt b) {
                return b.pythonHash();
            } else if (h instanceof Boolean b) {
                return b ? 1 : 0;
            }
            throw PythonErrors.typeError("__hash__ method should return an integer");
        }
        if (obj instanceof PWeakRef w) {
            return w.hash();
        }
        if (obj instanceof PList || obj instanceof PDict || (obj instanceof PSet s && !s.isFrozen())
                || (obj instanceof PBytes b && b.getPythonClass() == PythonTypes.get().bytearray)) {
            throw PythonErrors.typeError("unhashable type: '" + cls.getName() + "'");
        }
        if (obj instanceof PSet s) {
            long h = 0;
            SetTable t = s.table();
            for (int i = 0; i < t.slots(); i++) {
                Object k = t.keyAt(i);
                if (k != null) {
                    long x = PyHash.hash(k);
                    h ^= (x ^ (x << 16) ^ 89869747L) * 3644798167L;
                }
            }
            return h == -1 ? 590923713L : h;
        }
        if (obj instanceof PBytes b) {
            return java.util.Arrays.hashCode(b.getBytes());
        }
        if (obj instanceof PRange r) {
            return PyHash.hash(r.hashKey());
        }
        return identityHash(obj);
    }

    public static long identityHash(Object obj) {
        return System.identityHashCode(obj);
    }

    /**
     * {@code id(obj)}: an address-like number, stable for the object's lifetime and, for every
     * PyObject, unique among live objects. Values without an object of their own (ints, floats,
     * strs) fall back to their identity hash.
     */
    public static long id(Object obj) {
        if (obj instanceof Long l) {
            return 0x10000000L + l * 32;
        }
        if (obj instanceof PyObject p) {
            return 0x7f0000000000L + (p.serial() & 0xffffffffL) * 16;
        }
        return 0x7e0000000000L + (System.identityHashCode(obj) & 0xffffffffL) * 16;
    }

    @TruffleBoundary
    public static String exceptionSummary(PBaseException exc) {
        String msg = str(exc);
        String name = typeOf(exc).getName();
        PythonClass cls = typeOf(exc);
        String module = cls.getModule();
        if (module != null && !module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + cls.getQualname();
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
