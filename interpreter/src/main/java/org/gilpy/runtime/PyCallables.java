package org.gilpy.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * Calling any Python callable from Java code (built-ins, sort keys, dunder dispatch), and
 * {@code type.__call__}: instance creation through {@code __new__} and {@code __init__}.
 * Call nodes have their own cached fast paths; this is the general, uncached route.
 */
public final class PyCallables {
    private PyCallables() {
    }

    @TruffleBoundary
    public static Object call(Object callable, Object... args) {
        return callWithKeywords(callable, args, null, null);
    }

    /**
     * {@code fn(*args, **mapping)} from Java code ({@code mapping} may be null): the mapping's items
     * become keywords as the {@code **} of a call makes them.
     */
    @TruffleBoundary
    public static Object callWithMapping(Object fn, Object[] args, Object mapping) {
        if (mapping == null) {
            return callWithKeywords(fn, args, null, null);
        }
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        java.util.ArrayList<Object> values = new java.util.ArrayList<>();
        addKeywords(fn, mapping, names, values);
        return names.isEmpty() ? callWithKeywords(fn, args, null, null)
                : callWithKeywords(fn, args, names.toArray(new String[0]), values.toArray());
    }

    /** The items of {@code **mapping} in a call of {@code fn}: any mapping (keys() and []), str keys, no repeats. */
    @TruffleBoundary
    public static void addKeywords(Object fn, Object mapping, java.util.ArrayList<String> names,
                                   java.util.ArrayList<Object> values) {
        if (mapping instanceof PDict d) {
            HashTable t = d.table();
            for (int p = 0; p < t.capacity(); p++) {
                Object k = t.keyAt(p);
                if (k != null) {
                    addKeyword(fn, k, t.valueAt(p), names, values);
                }
            }
            return;
        }
        Object keys = PyObjects.lookupAttribute(mapping, "keys");
        if (keys == null) {
            throw PythonErrors.typeError("argument after ** must be a mapping, not " + PyObjects.typeName(mapping));
        }
        for (Object k : PyObjects.toArray(call(keys))) {
            addKeyword(fn, k, PyItems.getItem(mapping, k), names, values);
        }
    }

    /** One keyword argument of a call of {@code fn}, with CPython's errors for a non-str or repeated name. */
    public static void addKeyword(Object fn, Object key, Object value, java.util.ArrayList<String> names,
                                  java.util.ArrayList<Object> values) {
        if (!(key instanceof String s)) {
            throw PythonErrors.typeError("keywords must be strings");
        }
        if (names.contains(s)) {
            throw PythonErrors.typeError(describe(fn) + " got multiple values for keyword argument '" + s + "'");
        }
        names.add(s);
        values.add(value);
    }

    private static String describe(Object fn) {
        Object name = PyObjects.lookupAttribute(fn, "__qualname__");
        return (name instanceof String s ? s : PyObjects.typeName(fn)) + "()";
    }

    @TruffleBoundary
    public static Object callWithKeywords(Object callable, Object[] args, String[] kwNames, Object[] kwValues) {
        if (callable instanceof PFunction f) {
            return f.getCallTarget().call(bindFunction(f, args, kwNames, kwValues));
        } else if (callable instanceof PBuiltinFunction b) {
            return b.getCallTarget().call(bindBuiltin(b, args, kwNames, kwValues));
        } else if (callable instanceof PMethod m) {
            return callWithKeywords(m.getFunction(), prepend(m.getSelf(), args), kwNames, kwValues);
        } else if (callable instanceof PythonClass cls) {
            return construct(cls, args, kwNames, kwValues);
        } else if (callable instanceof PWrappedCallable w && w.getPythonClass() == PythonTypes.get().staticmethod) {
            return callWithKeywords(w.callable, args, kwNames, kwValues);
        }
        Object call = PyObjects.typeOf(callable).lookup("__call__");
        if (call == null) {
            throw PythonErrors.typeError("'" + PyObjects.typeName(callable) + "' object is not callable");
        }
        return callWithKeywords(call, prepend(callable, args), kwNames, kwValues);
    }

    public static Object[] bindFunction(PFunction f, Object[] args, String[] kwNames, Object[] kwValues) {
        Signature sig = f.getSignature();
        if (kwNames == null && args.length == sig.positional && sig.names.length == sig.positional
                && sig.varArgs == null && sig.varKwargs == null) {
            Object[] slots = new Object[args.length + 1];
            slots[0] = f;
            System.arraycopy(args, 0, slots, 1, args.length);
            return slots;
        }
        return ArgumentBinder.bind(f, f.getQualname(), sig, f.getDefaults(), f.getKwDefaults(), args, kwNames, kwValues);
    }

    public static Object[] bindBuiltin(PBuiltinFunction b, Object[] args, String[] kwNames, Object[] kwValues) {
        return ArgumentBinder.bind(b, b.getName(), b.getSignature(), b.getDefaults(), b.getKwDefaults(), args, kwNames, kwValues);
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] full = new Object[rest.length + 1];
        full[0] = first;
        System.arraycopy(rest, 0, full, 1, rest.length);
        return full;
    }

    /** {@code type.__call__(cls, *args, **kwargs)}. */
    @TruffleBoundary
    public static Object construct(PythonClass cls, Object[] args, String[] kwNames, Object[] kwValues) {
        PythonTypes types = PythonTypes.get();
        if (cls == types.type && args.length == 1 && kwNames == null) {
            return PyObjects.typeOf(args[0]);
        }
        PythonClass meta = cls.getPythonClass();
        if (meta != types.type) {
            Object metaCall = meta.lookup("__call__");
            if (metaCall != null && !(metaCall instanceof PBuiltinFunction)) {
                return callWithKeywords(metaCall, prepend(cls, args), kwNames, kwValues);
            }
        }
        Object newMethod = cls.lookup("__new__");
        if (newMethod instanceof PWrappedCallable w) {
            newMethod = w.callable;
        }
        Object obj = callWithKeywords(newMethod, prepend(cls, args), kwNames, kwValues);
        if (PyObjects.isInstance(obj, cls)) {
            Object init = PyObjects.typeOf(obj).lookup("__init__");
            Object result = callWithKeywords(init, prepend(obj, args), kwNames, kwValues);
            if (result != PNone.NONE) {
                throw initReturned(result);
            }
        }
        return obj;
    }

    @TruffleBoundary
    public static PException initReturned(Object result) {
        return PythonErrors.typeError("__init__() should return None, not '" + PyObjects.typeName(result) + "'");
    }

    public static boolean isCallable(Object obj) {
        return obj instanceof PFunction || obj instanceof PBuiltinFunction || obj instanceof PMethod
                || obj instanceof PythonClass || PyObjects.typeOf(obj).lookup("__call__") != null;
    }
}
