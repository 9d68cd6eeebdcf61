package org.gilpy.runtime.process;

import java.util.IdentityHashMap;
import java.util.Map;

import org.gilpy.GilpyContext;
import org.gilpy.builtins.BuiltinRegistry;
import org.gilpy.runtime.HashTable;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDeque;
import org.gilpy.runtime.PDescriptors.PProperty;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFile;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PInstance;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PLock;
import org.gilpy.runtime.PMethod;
import org.gilpy.runtime.PModule;
import org.gilpy.runtime.PSet;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObject;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.SetTable;

/**
 * What {@code fork} gives a child process: a deep copy of the parent's Python objects, made
 * in the child's context while the parent waits, so that later changes on either side are
 * invisible to the other. Shared objects are copied once (an identity map keeps aliasing and
 * cycles). Code, built-in types and built-in functions are immutable and shared with the
 * child; built-in modules and the standard streams become the child's own; locks keep
 * their state. Objects with no copy semantics of their own (generators, sockets, open
 * files other than the standard streams) are shared, not copied.
 */
public final class ForkCopier {
    private final GilpyContext parent;
    private final GilpyContext child;
    private final Thread forkingThread;
    private final Thread childThread;
    private final Map<Object, Object> copies = new IdentityHashMap<>();
    private final java.util.List<PMessagePort> ports = new java.util.ArrayList<>();

    public ForkCopier(GilpyContext parent, GilpyContext child, Thread forkingThread, Thread childThread) {
        this.parent = parent;
        this.child = child;
        this.forkingThread = forkingThread;
        this.childThread = childThread;
        copies.put(parent.getStdout(), child.getStdout());
        copies.put(parent.getStderr(), child.getStderr());
        copies.put(parent.getStdin(), child.getStdin());
        copies.put(parent.getModules(), child.getModules());
        copies.put(parent.getBuiltinsModule(), child.getBuiltinsModule());
        copies.put(parent.getBuiltins(), child.getBuiltins());
        copies.put(parent.getSysModule(), child.getSysModule());
    }

    /**
     * Copies the parent's modules into the child's {@code sys.modules} (the child's own
     * {@code builtins} and {@code sys} stay; {@code sys.argv} and {@code sys.path} are copied).
     */
    public void copyModules() {
        HashTable t = parent.getModules().table();
        for (int p = 0; p < t.capacity(); p++) {
            Object name = t.keyAt(p);
            if (name != null && child.getModules().get(name) == null) {
                child.getModules().put(name, copy(t.valueAt(p)));
            }
        }
        PDict parentSys = parent.getSysModule().getGlobals();
        PDict childSys = child.getSysModule().getGlobals();
        for (String name : new String[]{"argv", "path", "warnoptions"}) {
            Object value = parentSys.getStr(name);
            if (value != null) {
                childSys.put(name, copy(value));
            }
        }
    }

    /** The ports the child got: they close when it exits, as a process's descriptors do. */
    public java.util.List<PMessagePort> copiedPorts() {
        return ports;
    }

    public Object copy(Object obj) {
        if (obj instanceof PCell cell) {
            return copyCell(cell);
        }
        if (!(obj instanceof PyObject py)) {
            return obj; // int, float, str, bool, None and the other Java-backed immutables
        }
        Object done = copies.get(obj);
        if (done != null) {
            return done;
        }
        return copyObject(py);
    }

    private Object copyObject(PyObject obj) {
        if (obj instanceof PythonClass cls) {
            return cls.isBuiltin() ? cls : copyClass(cls);
        }
        if (obj.getPythonClass().isBuiltin() && isSharedBuiltin(obj)) {
            return obj;
        }
        PythonClass cls = (PythonClass) copy(obj.getPythonClass());
        PyObject result;
        if (obj instanceof PModule m) {
            return copyModule(m);
        } else if (obj instanceof PInstance) {
            result = remember(obj, new PInstance(cls));
        } else if (obj instanceof PDict d) {
            PDict c = remember(obj, new PDict(cls));
            copyEntries(d, c);
            result = c;
        } else if (obj instanceof PList l) {
            PList c = remember(obj, new PList(cls, new Object[Math.max(4, l.size())], 0));
            for (Object item : l.toArray()) {
                c.append(copy(item));
            }
            result = c;
        } else if (obj instanceof PTuple t) {
            Object[] items = t.getItems();
            Object[] copied = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                copied[i] = copy(items[i]);
            }
            result = remember(obj, new PTuple(cls, copied));
        } else if (obj instanceof PSet s) {
            PSet c = remember(obj, new PSet(cls));
            SetTable table = s.table();
            for (int i = 0; i < table.slots(); i++) {
                Object key = table.keyAt(i);
                if (key != null) {
                    c.table().add(copy(key));
                }
            }
            result = c;
        } else if (obj instanceof PDeque d) {
            PDeque c = remember(obj, new PDeque(cls));
            Object[] items = d.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = copy(items[i]);
            }
            c.reset(d.maxlen(), items);
            result = c;
        } else if (obj instanceof PFunction f) {
            result = copyFunction(f);
        } else if (obj instanceof PMethod m) {
            Object self = copy(m.getSelf());
            result = remember(obj, new PMethod(self, copy(m.getFunction())));
        } else if (obj instanceof PWrappedCallable w) {
            result = remember(obj, new PWrappedCallable(cls, copy(w.callable)));
        } else if (obj instanceof PProperty p) {
            result = remember(obj, new PProperty(cls, copy(p.fget), copy(p.fset), copy(p.fdel), copy(p.doc)));
        } else if (obj instanceof PMessagePort port) {
            PMessagePort c = remember(obj, port.forkedCopy());
            ports.add(c);
            return c;
        } else if (obj instanceof PLock lock) {
            result = remember(obj, lock.forkedCopy(forkingThread, childThread));
        } else if (obj instanceof PBaseException e) {
            PBaseException c = remember(obj, new PBaseException(cls, PTuple.empty()));
            c.setArgs((PTuple) copy(e.getArgs()));
            result = c;
        } else {
            return remember(obj, obj); // no copy semantics: shared (see the class comment)
        }
        copyInstanceDict(obj, result);
        return result;
    }

    /** Built-in objects that never change: functions, code, and the stateless singletons. */
    private static boolean isSharedBuiltin(PyObject obj) {
        return obj instanceof org.gilpy.runtime.PBuiltinFunction || obj instanceof org.gilpy.runtime.PCode
                || obj instanceof org.gilpy.runtime.PRange
                || obj instanceof org.gilpy.runtime.PBytes;
    }

    private PCell copyCell(PCell cell) {
        if (copies.get(cell) instanceof PCell done) {
            return done;
        }
        PCell c = remember(cell, new PCell(null));
        c.set(copy(cell.get()));
        return c;
    }

    private <T> T remember(Object original, T copy) {
        copies.put(original, copy);
        return copy;
    }

    private void copyEntries(PDict from, PDict to) {
        HashTable t = from.table();
        for (int p = 0; p < t.capacity(); p++) {
            Object key = t.keyAt(p);
            if (key != null) {
                to.put(copy(key), copy(t.valueAt(p)));
            }
        }
    }

    private void copyInstanceDict(PyObject from, PyObject to) {
        PDict dict = from.getDict();
        if (dict != null && from != to) {
            copyEntries(dict, to.getOrCreateDict());
        }
    }

    private PythonClass copyClass(PythonClass cls) {
        PythonClass[] bases = cls.getBases();
        PythonClass[] copiedBases = new PythonClass[bases.length];
        for (int i = 0; i < bases.length; i++) {
            copiedBases[i] = (PythonClass) copy(bases[i]);
        }
        PythonClass meta = (PythonClass) copy(cls.getPythonClass());
        PythonClass c = remember(cls, new PythonClass(meta, cls.getName(), copiedBases, new PDict(), false));
        c.setQualname(cls.getQualname());
        c.setModule(cls.getModule());
        copyEntries(cls.getNamespace(), c.getNamespace());
        return c;
    }

    private PFunction copyFunction(PFunction f) {
        PCell[] closure = f.getClosure();
        PCell[] copiedClosure = closure == null ? null : new PCell[closure.length];
        PDict globals = (PDict) copy(f.getGlobals());
        if (copies.get(f) instanceof PFunction done) {
            return done; // the globals held the function itself
        }
        Object[] defaults = f.getDefaults();
        Object[] copiedDefaults = defaults == null ? null : new Object[defaults.length];
        PFunction c = remember(f, new PFunction(f.getName(), f.getQualname(), f.getCallTarget(), f.getSignature(), globals,
                copiedClosure, copiedDefaults, null, f.isGenerator()));
        if (closure != null) {
            for (int i = 0; i < closure.length; i++) {
                copiedClosure[i] = (PCell) copy(closure[i]);
            }
        }
        if (defaults != null) {
            for (int i = 0; i < defaults.length; i++) {
                copiedDefaults[i] = copy(defaults[i]);
            }
        }
        if (f.getKwDefaults() != null) {
            c.setKwDefaults((PDict) copy(f.getKwDefaults()));
        }
        return c;
    }

    /** A module built into the interpreter is the child's own; a Python module is copied. */
    private PModule copyModule(PModule m) {
        if (BuiltinRegistry.isBuiltinModule(m.getName())) {
            Object own = child.getImporter().importModule(m.getName(), null, 0);
            return remember(m, (PModule) own);
        }
        PDict globals = (PDict) copies.get(m.getGlobals()); // already copied through one of its functions?
        boolean fill = globals == null;
        if (fill) {
            globals = remember(m.getGlobals(), new PDict());
        }
        PModule c = remember(m, new PModule(m.getName(), globals));
        if (fill) {
            copyEntries(m.getGlobals(), globals);
        }
        return c;
    }
}
