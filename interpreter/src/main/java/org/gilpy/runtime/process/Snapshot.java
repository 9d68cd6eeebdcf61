package org.gilpy.runtime.process;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.HashTable;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PBigInt;
import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PBytes;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PInstance;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PMethod;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PSet;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.SetTable;

/**
 * What crosses between processes: a value taken apart with pickle's semantics into an
 * immutable tree that belongs to no context, and rebuilt in the receiving process. Like
 * pickle, it keeps shared references and cycles, sends functions and classes by qualified
 * name (resolved in the receiver's modules; lambdas and local functions fail with pickle's
 * errors), instances as class plus {@code __dict__}, exceptions as class plus args, and
 * refuses what pickle refuses (locks, generators, modules, open files).
 */
public final class Snapshot {
    /** A value seen before in the same snapshot. */
    record Ref(int index) {
    }

    /** A function, class or other global, by module and qualified name. */
    record Global(String module, String qualname) {
    }

    record Sequence(int index, Kind kind, PythonClass builtinClass, Object[] items) {
    }

    record Mapping(int index, PythonClass builtinClass, Object[] keys, Object[] values) {
    }

    /** An instance of a class given by reference, with its state (its __dict__ items). */
    record Instance(int index, Global cls, Object[] args, Object state) {
    }

    record BoundMethod(Object self, String name) {
    }

    record Bytes(boolean mutable, byte[] data) {
    }

    record Slice(Object start, Object stop, Object step) {
    }

    /** A queue or pipe end travels as a handle on the same channels (as multiprocessing's do). */
    record Port(PMessagePort port) {
    }

    /** Shared memory and semaphores live outside every process: they travel as themselves. */
    record Shared(PyObject object) {
    }

    enum Kind { LIST, TUPLE, SET, FROZENSET }

    private final Object root;

    private Snapshot(Object root) {
        this.root = root;
    }

    /** Takes {@code value} apart in the sending process (which must hold its GIL). */
    @TruffleBoundary
    public static Snapshot of(Object value) {
        return new Snapshot(new Taker().take(value));
    }

    /** Rebuilds the value in the current (receiving) process. */
    @TruffleBoundary
    public Object rebuild(GilpyContext context) {
        return new Builder(context).build(root);
    }

    private static final class Taker {
        private final Map<Object, Integer> seen = new IdentityHashMap<>();

        Object take(Object v) {
            if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String
                    || v instanceof PBigInt || v == PNone.NONE) {
                return v;
            }
            if (v instanceof PythonClass || v instanceof PFunction || v instanceof PBuiltinFunction) {
                return globalOf(v);
            }
            Integer index = seen.get(v);
            if (index != null) {
                return new Ref(index);
            }
            int next = seen.size();
            seen.put(v, next);
            PythonTypes types = PythonTypes.get();
            PyObject obj = (PyObject) v;
            PythonClass cls = obj.getPythonClass();
            if (v instanceof org.gilpy.runtime.PSlice slice) {
                return new Slice(take(slice.start), take(slice.stop), take(slice.step));
            } else if (v instanceof PMessagePort port) {
                return new Port(port);
            } else if (v instanceof PSharedMemory || v instanceof PSemaphore) {
                return new Shared(obj);
            } else if (v instanceof PBytes b) {
                return new Bytes(cls == types.bytearray, b.getBytes().clone());
            } else if (v instanceof PList l && cls == types.list) {
                return new Sequence(next, Kind.LIST, cls, takeAll(l.toArray()));
            } else if (v instanceof PTuple t && cls == types.tuple) {
                return new Sequence(next, Kind.TUPLE, cls, takeAll(t.getItems()));
            } else if (v instanceof PSet s && (cls == types.set || cls == types.frozenset)) {
                List<Object> keys = new ArrayList<>();
                SetTable table = s.table();
                for (int i = 0; i < table.slots(); i++) {
                    if (table.keyAt(i) != null) {
                        keys.add(table.keyAt(i));
                    }
                }
                return new Sequence(next, cls == types.set ? Kind.SET : Kind.FROZENSET, cls, takeAll(keys.toArray()));
            } else if (v instanceof PDict d && cls == types.dict) {
                return takeDict(next, d);
            } else if (v instanceof PMethod m && m.getFunction() instanceof PFunction f) {
                return new BoundMethod(take(m.getSelf()), f.getName());
            } else if (v instanceof PBaseException e) {
                return new Instance(next, classRef(cls), takeAll(e.getArgs().getItems()),
                        e.getDict() == null ? null : take(e.getDict()));
            } else if (v instanceof PInstance) {
                return new Instance(next, classRef(cls), null, obj.getDict() == null ? null : take(obj.getDict()));
            }
            throw cannotPickle(obj);
        }

        /** Classes travel by name: built-in ones as builtins.NAME, the others checked as pickle checks them. */
        static Global classRef(PythonClass cls) {
            if (cls.isBuiltin()) {
                return new Global(cls.getModule() == null ? "builtins" : cls.getModule(), cls.getName());
            }
            return global(cls, cls.getModule(), cls.getQualname());
        }

        private Mapping takeDict(int index, PDict d) {
            HashTable t = d.table();
            List<Object> keys = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (int p = 0; p < t.capacity(); p++) {
                Object key = t.keyAt(p);
                if (key != null) {
                    keys.add(take(key));
                    values.add(take(t.valueAt(p)));
                }
            }
            return new Mapping(index, PythonTypes.get().dict, keys.toArray(), values.toArray());
        }

        private Object[] takeAll(Object[] items) {
            Object[] out = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = take(items[i]);
            }
            return out;
        }

        /** A function or class by reference, checked as pickle checks it: the name must lead back to it. */
        static Global global(Object obj, String module, String qualname) {
            if (qualname.contains("<locals>")) {
                throw PythonErrors.attributeError("Can't pickle local object '" + qualname + "'");
            }
            GilpyContext context = GilpyContext.get(null);
            Object found = module == null ? null : lookup(context, module, qualname);
            if (found != obj) {
                String what = obj instanceof PythonClass ? "<class '" + module + "." + qualname + "'>"
                        : "<function " + qualname + " at 0x" + Long.toHexString(PyObjects.id(obj)) + ">";
                Object error = lookup(context, "_gilpy_process", "PicklingError");
                throw PythonErrors.create((PythonClass) error, "Can't pickle " + what + ": attribute lookup "
                        + qualname + " on " + module + " failed");
            }
            return new Global(module, qualname);
        }
    }

    /** Pickle's TypeError for an object of a type it has no rules for. */
    static PException cannotPickle(PyObject obj) {
        PythonClass cls = obj.getPythonClass();
        String module = cls.getModule();
        String typeName = module == null || module.equals("builtins") ? cls.getName() : module + "." + cls.getName();
        return PythonErrors.typeError("cannot pickle '" + typeName + "' object");
    }

    /** A function or class by reference (module and qualified name), with pickle's checks. */
    static Global globalOf(Object v) {
        if (v instanceof PythonClass cls) {
            return Taker.classRef(cls);
        } else if (v instanceof PFunction f) {
            Object module = f.getGlobals().getStr("__name__");
            return Taker.global(f, module instanceof String s ? s : "__main__", f.getQualname());
        }
        PBuiltinFunction b = (PBuiltinFunction) v;
        return new Global(b.getModule(), b.getQualname());
    }

    /** The object a module and qualified name lead to in {@code context}, or null. */
    static Object lookup(GilpyContext context, String module, String qualname) {
        Object obj = context.getModules().get(module);
        if (obj == null) {
            try {
                obj = context.getImporter().importModule(module, null, 0);
            } catch (PException e) {
                return null;
            }
        }
        for (String part : qualname.split("\\.")) {
            if (obj == null) {
                return null;
            }
            obj = PyObjects.lookupAttribute(obj, part);
        }
        return obj;
    }

    private static final class Builder {
        private final GilpyContext context;
        private final Map<Integer, Object> built = new java.util.HashMap<>();

        Builder(GilpyContext context) {
            this.context = context;
        }

        Object build(Object s) {
            if (s instanceof Ref r) {
                return built.get(r.index());
            } else if (s instanceof Global g) {
                Object found = lookup(context, g.module(), g.qualname());
                if (found == null) {
                    throw PythonErrors.attributeError("Can't get attribute '" + g.qualname() + "' on <module '"
                            + g.module() + "'>");
                }
                return found;
            } else if (s instanceof Bytes b) {
                PythonTypes types = PythonTypes.get();
                return new PBytes(b.mutable() ? types.bytearray : types.bytes, b.data().clone());
            } else if (s instanceof Sequence q) {
                return buildSequence(q);
            } else if (s instanceof Mapping m) {
                PDict d = new PDict();
                built.put(m.index(), d);
                for (int i = 0; i < m.keys().length; i++) {
                    d.put(build(m.keys()[i]), build(m.values()[i]));
                }
                return d;
            } else if (s instanceof Instance i) {
                return buildInstance(i);
            } else if (s instanceof Slice slice) {
                return new org.gilpy.runtime.PSlice(build(slice.start()), build(slice.stop()), build(slice.step()));
            } else if (s instanceof Port p) {
                return p.port().forkedCopy();
            } else if (s instanceof Shared shared) {
                return shared.object();
            } else if (s instanceof BoundMethod m) {
                return PyObjects.getAttribute(build(m.self()), m.name());
            }
            return s;
        }

        private Object buildSequence(Sequence q) {
            switch (q.kind()) {
                case LIST -> {
                    PList list = new PList();
                    built.put(q.index(), list);
                    for (Object item : q.items()) {
                        list.append(build(item));
                    }
                    return list;
                }
                case SET, FROZENSET -> {
                    PSet set = new PSet(q.builtinClass());
                    built.put(q.index(), set);
                    for (Object item : q.items()) {
                        set.table().add(build(item));
                    }
                    return set;
                }
                default -> {
                    Object[] items = new Object[q.items().length];
                    for (int i = 0; i < items.length; i++) {
                        items[i] = build(q.items()[i]);
                    }
                    PTuple tuple = new PTuple(items);
                    built.put(q.index(), tuple);
                    return tuple;
                }
            }
        }

        private Object buildInstance(Instance i) {
            PythonClass cls = (PythonClass) build(i.cls());
            PyObject obj;
            if (i.args() != null) {
                Object[] args = new Object[i.args().length];
                for (int k = 0; k < args.length; k++) {
                    args[k] = build(i.args()[k]);
                }
                obj = new PBaseException(cls, new PTuple(args));
            } else {
                obj = (PyObject) org.gilpy.builtins.ObjectMethods.allocate(cls);
            }
            built.put(i.index(), obj);
            if (i.state() != null) {
                PDict state = (PDict) build(i.state());
                HashTable t = state.table();
                for (int p = 0; p < t.capacity(); p++) {
                    if (t.keyAt(p) != null) {
                        obj.getOrCreateDict().put(t.keyAt(p), t.valueAt(p));
                    }
                }
            }
            return obj;
        }
    }
}
