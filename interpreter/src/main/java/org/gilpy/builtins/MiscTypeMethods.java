package org.gilpy.builtins;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.nodes.expressions.SuperNode;
import org.gilpy.runtime.*;
import org.gilpy.runtime.PDescriptors.PProperty;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * Method tables of the smaller built-in types (range, slice, bytes, iterators, property,
 * staticmethod, classmethod, super), and {@link #finishTypes}, which shares tables between
 * related types once all are installed.
 */
public final class MiscTypeMethods {
    private MiscTypeMethods() {
    }

    static void finishTypes(PythonTypes t) {
        PDict intNs = t.int_.getNamespace();
        t.bool.getNamespace().put("__new__", intNs.remove("__bool_new__"));
        t.frozenset.getNamespace().put("__new__", t.set.getNamespace().remove("__frozenset_new__"));
        t.coroutine.getNamespace().put("__await__", t.generator.getNamespace().remove("__await__"));
        copy(t.generator, t.coroutine, java.util.Set.of("send", "throw", "close"));
        copy(t.generator, t.asyncGeneratorStep, java.util.Set.of("__iter__", "__next__", "send", "throw", "close"));
        copy(t.coroutine, t.asyncGeneratorStep, java.util.Set.of("__await__"));
        copy(t.generator, t.coroutineWrapper, java.util.Set.of("__iter__", "__next__", "send", "throw", "close"));
        t.rlock.getNamespace().put("__new__", t.lock.getNamespace().remove("__rlock_new__"));
        copy(t.lock, t.rlock, null);
        copy(t.textFile, t.binaryFile, null);
        copy(t.set, t.frozenset, java.util.Set.of("copy", "union", "intersection", "difference",
                "symmetric_difference", "issubset", "issuperset", "isdisjoint", "__contains__", "__len__", "__iter__"));
        copy(t.bytes, t.bytearray, null);
        t.deque.getNamespace().put("maxlen", new PProperty(t.property,
                t.deque.getNamespace().remove("__maxlen_get__"), PNone.NONE, PNone.NONE, PNone.NONE));
        t.deque.getNamespace().put("__hash__", PNone.NONE);
    }

    private static void copy(PythonClass from, PythonClass to, java.util.Set<String> only) {
        HashTable table = from.getNamespace().table();
        for (int p = 0; p < table.capacity(); p++) {
            Object k = table.keyAt(p);
            if (k != null && (only == null || only.contains(k)) && to.getNamespace().get(k) == null) {
                to.getNamespace().put(k, table.valueAt(p));
            }
        }
    }

    public static final class Range implements TypeMethods {
        @Override
        public PythonClass type(PythonTypes types) {
            return types.range;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of(MiscTypeMethodsFactory.RangeNewNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.RangeIndexNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.RangeCountNodeFactory.getInstance());
        }
    }

    @Builtin(name = "__new__", params = "cls, start, stop=?, step=?, /")
    @GenerateNodeFactory
    abstract static class RangeNewNode extends BuiltinNode.Varargs {
        @Specialization
        Object create(Object[] a) {
            long start;
            long stop;
            long step = 1;
            if (a[2] == PNone.NO_VALUE) {
                start = 0;
                stop = index(a[1]);
            } else {
                start = index(a[1]);
                stop = index(a[2]);
                if (a[3] != PNone.NO_VALUE) {
                    step = index(a[3]);
                }
            }
            if (step == 0) {
                throw PythonErrors.valueError("range() arg 3 must not be zero");
            }
            return new PRange(start, stop, step);
        }

        private static long index(Object o) {
            if (o instanceof Double) {
                throw PythonErrors.typeError("'float' object cannot be interpreted as an integer");
            }
            return PyNumbers.asIndex(o);
        }
    }

    @Builtin(name = "index", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class RangeIndexNode extends BuiltinNode.Binary {
        @Specialization
        Object index(Object self, Object value) {
            PRange r = (PRange) self;
            if (PyItems.contains(r, value)) {
                return (PyNumbers.asIndex(value) - r.start) / r.step;
            }
            throw PythonErrors.valueError(PyObjects.repr(value) + " is not in range");
        }
    }

    @Builtin(name = "count", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class RangeCountNode extends BuiltinNode.Binary {
        @Specialization
        Object count(Object self, Object value) {
            return PyItems.contains(self, value) ? 1L : 0L;
        }
    }

    public static final class Slice implements TypeMethods {
        @Override
        public PythonClass type(PythonTypes types) {
            return types.slice;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of(MiscTypeMethodsFactory.SliceNewNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.SliceIndicesNodeFactory.getInstance());
        }
    }

    @Builtin(name = "__new__", params = "cls, start, stop=?, step=?, /")
    @GenerateNodeFactory
    abstract static class SliceNewNode extends BuiltinNode.Varargs {
        @Specialization
        Object create(Object[] a) {
            if (a[2] == PNone.NO_VALUE) {
                return new PSlice(PNone.NONE, a[1], PNone.NONE);
            }
            return new PSlice(a[1], a[2], a[3] == PNone.NO_VALUE ? PNone.NONE : a[3]);
        }
    }

    @Builtin(name = "indices", params = "self, length, /")
    @GenerateNodeFactory
    abstract static class SliceIndicesNode extends BuiltinNode.Binary {
        @Specialization
        Object indices(Object self, Object length) {
            long n = PyNumbers.asIndex(length);
            if (n < 0) {
                throw PythonErrors.valueError("length should not be negative");
            }
            long[] r = ((PSlice) self).indices(n);
            return new PTuple(new Object[]{r[0], r[1], r[2]});
        }
    }

    public static final class Functions implements TypeMethods {
        @Override
        public PythonClass type(PythonTypes types) {
            return types.iterator;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of(MiscTypeMethodsFactory.IteratorIterNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.IteratorNextNodeFactory.getInstance());
        }
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IteratorIterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return self;
        }
    }

    @Builtin(name = "__next__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IteratorNextNode extends BuiltinNode.Unary {
        @Specialization
        Object next(Object self) {
            Object v = ((PIterator) self).next();
            if (v == null) {
                throw PythonErrors.stopIteration();
            }
            return v;
        }
    }

    public static final class Descriptors implements TypeMethods {
        @Override
        public PythonClass type(PythonTypes types) {
            return types.property;
        }

        @Override
        public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
            return List.of(MiscTypeMethodsFactory.PropertyNewNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.PropertyGetterNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.PropertySetterNodeFactory.getInstance(),
                    MiscTypeMethodsFactory.PropertyDeleterNodeFactory.getInstance());
        }
    }

    /** staticmethod, classmethod and super constructors, installed by {@link #installWrappers}. */
    static void installWrappers(PythonTypes t, java.util.function.Function<NodeFactory<? extends BuiltinNode>, PBuiltinFunction> make) {
        t.staticmethod.getNamespace().put("__new__", make.apply(MiscTypeMethodsFactory.StaticmethodNewNodeFactory.getInstance()));
        t.classmethod.getNamespace().put("__new__", make.apply(MiscTypeMethodsFactory.ClassmethodNewNodeFactory.getInstance()));
        t.superType.getNamespace().put("__new__", make.apply(MiscTypeMethodsFactory.SuperNewNodeFactory.getInstance()));
    }

    @Builtin(name = "__new__", params = "cls, fget=?, fset=?, fdel=?, doc=?")
    @GenerateNodeFactory
    abstract static class PropertyNewNode extends BuiltinNode.Varargs {
        @Specialization
        Object create(Object[] a) {
            return new PProperty((PythonClass) a[0], orNone(a[1]), orNone(a[2]), orNone(a[3]), orNone(a[4]));
        }
    }

    static Object orNone(Object o) {
        return o == PNone.NO_VALUE ? PNone.NONE : o;
    }

    @Builtin(name = "getter", params = "self, fget, /")
    @GenerateNodeFactory
    abstract static class PropertyGetterNode extends BuiltinNode.Binary {
        @Specialization
        Object getter(Object self, Object f) {
            PProperty p = (PProperty) self;
            return new PProperty(p.getPythonClass(), f, p.fset, p.fdel, p.doc);
        }
    }

    @Builtin(name = "setter", params = "self, fset, /")
    @GenerateNodeFactory
    abstract static class PropertySetterNode extends BuiltinNode.Binary {
        @Specialization
        Object setter(Object self, Object f) {
            PProperty p = (PProperty) self;
            return new PProperty(p.getPythonClass(), p.fget, f, p.fdel, p.doc);
        }
    }

    @Builtin(name = "deleter", params = "self, fdel, /")
    @GenerateNodeFactory
    abstract static class PropertyDeleterNode extends BuiltinNode.Binary {
        @Specialization
        Object deleter(Object self, Object f) {
            PProperty p = (PProperty) self;
            return new PProperty(p.getPythonClass(), p.fget, p.fset, f, p.doc);
        }
    }

    @Builtin(name = "__new__", params = "cls, function, /")
    @GenerateNodeFactory
    abstract static class StaticmethodNewNode extends BuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object f) {
            return new PWrappedCallable((PythonClass) cls, f);
        }
    }

    @Builtin(name = "__new__", params = "cls, function, /")
    @GenerateNodeFactory
    abstract static class ClassmethodNewNode extends BuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object f) {
            return new PWrappedCallable((PythonClass) cls, f);
        }
    }

    @Builtin(name = "__new__", params = "cls, type=?, obj=?, /")
    @GenerateNodeFactory
    abstract static class SuperNewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object type, Object obj) {
            if (type == PNone.NO_VALUE) {
                throw PythonErrors.runtimeError("super(): no arguments");
            }
            if (!(type instanceof PythonClass start)) {
                throw PythonErrors.typeError("super() argument 1 must be a type, not " + PyObjects.typeName(type));
            }
            if (obj == PNone.NO_VALUE) {
                throw PythonErrors.typeError("unbound super objects are not supported yet");
            }
            return SuperNode.create(start, obj);
        }
    }
}
