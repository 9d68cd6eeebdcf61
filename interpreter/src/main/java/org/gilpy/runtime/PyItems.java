package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Subscription ({@code obj[key]}, assignment, deletion) and membership ({@code in}) for every
 * type, with CPython's error messages. Sequence indexing accepts ints, bools and objects with
 * {@code __index__}, and slices.
 */
public final class PyItems {
    private PyItems() {
    }

    @TruffleBoundary
    public static Object getItem(Object obj, Object key) {
        PythonClass cls = PyObjects.typeOf(obj);
        if (!cls.isBuiltin()) {
            Object method = cls.lookup("__getitem__");
            if (method != null && !(method instanceof PBuiltinFunction)) {
                return PyCallables.call(method, obj, key);
            }
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                return new PList(l.slice(s));
            }
            return l.get(Sequences.index(key, l.size(), "list"));
        } else if (obj instanceof PTuple t) {
            if (key instanceof PSlice s) {
                return new PTuple(Sequences.slice(t.getItems(), s));
            }
            return t.get(Sequences.index(key, t.size(), "tuple"));
        } else if (obj instanceof String str) {
            if (key instanceof PSlice s) {
                return Sequences.sliceString(str, s);
            }
            int i = Sequences.index(key, str.length(), "string");
            return String.valueOf(str.charAt(i));
        } else if (obj instanceof PDict d) {
            Object v = d.get(key);
            if (v == null) {
                Object missing = cls.isBuiltin() ? null : cls.lookup("__missing__");
                if (missing != null) {
                    return PyCallables.call(missing, obj, key);
                }
                throw PythonErrors.keyError(key);
            }
            return v;
        } else if (obj instanceof PRange r) {
            if (key instanceof PSlice s) {
                long[] idx = s.indices(r.length());
                return new PRange(r.item(idx[0]), r.item(idx[0]) + idx[3] * r.step * idx[2], r.step * idx[2]);
            }
            return r.item(Sequences.index(key, r.length(), "range object"));
        } else if (obj instanceof PBytes b) {
            if (key instanceof PSlice s) {
                Object[] boxed = Sequences.slice(Sequences.boxBytes(b.getBytes()), s);
                return new PBytes(b.getPythonClass(), Sequences.unboxBytes(boxed));
            }
            return (long) (b.getBytes()[Sequences.index(key, b.getBytes().length, "index")] & 0xff);
        } else if (obj instanceof PythonClass c) {
            Object classGetItem = c.lookup("__class_getitem__");
            if (classGetItem != null) {
                return PyCallables.call(PyObjects.bindDescriptor(classGetItem, PNone.NONE, c), key);
            }
            if (c.isBuiltin()) {
                return c; // list[int] and friends: annotations only, treat as the class itself
            }
            throw PythonErrors.typeError("type '" + c.getName() + "' is not subscriptable");
        }
        Object builtinGetItem = cls.lookup("__getitem__");
        if (builtinGetItem != null) {
            return PyCallables.call(builtinGetItem, obj, key); // a built-in type without a case above (deque)
        }
        throw PythonErrors.typeError("'" + cls.getName() + "' object is not subscriptable");
    }

    @TruffleBoundary
    public static void setItem(Object obj, Object key, Object value) {
        PythonClass cls = PyObjects.typeOf(obj);
        if (!cls.isBuiltin()) {
            Object method = cls.lookup("__setitem__");
            if (method != null && !(method instanceof PBuiltinFunction)) {
                PyCallables.call(method, obj, key, value);
                return;
            }
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                Sequences.assignSlice(l, s, PyObjects.toArray(value));
                return;
            }
            l.set(Sequences.index(key, l.size(), "list assignment"), value);
        } else if (obj instanceof PDict d) {
            d.put(key, value);
        } else if (obj instanceof PBytes b && b.getPythonClass() == PythonTypes.get().bytearray) {
            b.getBytes()[Sequences.index(key, b.getBytes().length, "bytearray")] = (byte) PyNumbers.asIndex(value);
        } else {
            throw PythonErrors.typeError("'" + cls.getName() + "' object does not support item assignment");
        }
    }

    @TruffleBoundary
    public static void deleteItem(Object obj, Object key) {
        PythonClass cls = PyObjects.typeOf(obj);
        if (!cls.isBuiltin()) {
            Object method = cls.lookup("__delitem__");
            if (method != null && !(method instanceof PBuiltinFunction)) {
                PyCallables.call(method, obj, key);
                return;
            }
        }
        if (obj instanceof PList l) {
            if (key instanceof PSlice s) {
                Sequences.deleteSlice(l, s);
                return;
            }
            l.removeAt(Sequences.index(key, l.size(), "list assignment"));
        } else if (obj instanceof PDict d) {
            if (d.remove(key) == null) {
                throw PythonErrors.keyError(key);
            }
        } else {
            throw PythonErrors.typeError("'" + cls.getName() + "' object doesn't support item deletion");
        }
    }

    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        PythonClass cls = PyObjects.typeOf(container);
        if (!cls.isBuiltin()) {
            Object method = cls.lookup("__contains__");
            if (method != null && !(method instanceof PBuiltinFunction)) {
                return PyObjects.isTrue(PyCallables.call(method, container, item));
            }
        }
        if (container instanceof String s) {
            if (!(item instanceof String sub)) {
                throw PythonErrors.typeError("'in <string>' requires string as left operand, not " + PyObjects.typeName(item));
            }
            return s.contains(sub);
        } else if (container instanceof PDict d) {
            return d.containsKey(item);
        } else if (container instanceof PSet s) {
            return s.table().contains(item);
        } else if (container instanceof PList l) {
            for (int i = 0; i < l.size(); i++) {
                Object x = l.get(i);
                if (x == item || PyEquality.equal(x, item)) {
                    return true;
                }
            }
            return false;
        } else if (container instanceof PTuple t) {
            return Sequences.indexOf(t.getItems(), item, 0, t.size()) >= 0;
        } else if (container instanceof PRange r && (item instanceof Long || item instanceof Boolean)) {
            return r.contains(PyNumbers.asIndex(item));
        } else if (container instanceof PDictView v) {
            if (v.kind == BuiltinIterators.DictIterator.Kind.KEYS) {
                return v.dict.containsKey(item);
            }
        } else if (container instanceof PBytes b) {
            return b.contains(item);
        }
        if (cls.lookup("__iter__") == null && !(container instanceof PIterator) && !(container instanceof PDictView)
                && cls.lookup("__getitem__") == null) {
            throw PythonErrors.typeError("argument of type '" + cls.getName() + "' is not iterable");
        }
        Object it = PyObjects.getIterator(container);
        Object x;
        while ((x = PyObjects.next(it)) != null) {
            if (x == item || PyEquality.equal(x, item)) {
                return true;
            }
        }
        return false;
    }
}
