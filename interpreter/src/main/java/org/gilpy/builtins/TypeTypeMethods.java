package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;
import org.gilpy.runtime.PDescriptors.PWrappedCallable;

/**
 * Methods of {@code type}: {@code type(x)}, class creation ({@code type(name, bases, ns)},
 * which every class statement reaches), {@code mro()} and {@code __subclasses__()}.
 */
public final class TypeTypeMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.type;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return TypeTypeMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "metatype, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object meta, Object args, Object kwargs) {
            Object[] a = ((PTuple) args).getItems();
            if (a.length == 1 && ((PDict) kwargs).size() == 0) {
                return PyObjects.typeOf(a[0]);
            }
            if (a.length != 3) {
                throw PythonErrors.typeError("type() takes 1 or 3 arguments");
            }
            return createClass((PythonClass) meta, a[0], a[1], a[2], (PDict) kwargs);
        }
    }

    /** type.__new__(meta, name, bases, namespace, **kwargs): builds the class and runs the hooks. */
    @TruffleBoundary
    static PythonClass createClass(PythonClass meta, Object name, Object bases, Object namespace, PDict kwargs) {
        PythonTypes t = PythonTypes.get();
        if (!(name instanceof String n)) {
            throw PythonErrors.typeError("type.__new__() argument 1 must be str, not " + PyObjects.typeName(name));
        }
        if (!(bases instanceof PTuple basesTuple)) {
            throw PythonErrors.typeError("type.__new__() argument 2 must be tuple, not " + PyObjects.typeName(bases));
        }
        if (!(namespace instanceof PDict)) {
            throw PythonErrors.typeError("type.__new__() argument 3 must be dict, not " + PyObjects.typeName(namespace));
        }
        Object[] baseItems = basesTuple.getItems();
        PythonClass[] baseClasses = new PythonClass[baseItems.length == 0 ? 1 : baseItems.length];
        if (baseItems.length == 0) {
            baseClasses[0] = t.object;
        }
        for (int i = 0; i < baseItems.length; i++) {
            if (!(baseItems[i] instanceof PythonClass c)) {
                throw PythonErrors.typeError("bases must be types");
            }
            if (c == t.bool || c == t.range || c == t.slice || c == t.function || c == t.noneType) {
                throw PythonErrors.typeError("type '" + c.getName() + "' is not an acceptable base type");
            }
            baseClasses[i] = c;
        }
        PDict source = (PDict) namespace;
        PDict ns = new PDict();
        ns.replaceTable(source.table().copy());
        PythonClass cls = new PythonClass(meta, n, baseClasses, ns, false);
        Object qualname = ns.remove("__qualname__");
        if (qualname instanceof String q) {
            cls.setQualname(q);
        }
        Object module = ns.getStr("__module__");
        if (module instanceof String m) {
            cls.setModule(m);
        }
        if (ns.getStr("__doc__") == null) {
            ns.put("__doc__", PNone.NONE); // each class has its own __doc__, never its base's
        }
        Object classCell = ns.remove("__classcell__");
        if (ns.getStr("__new__") instanceof PFunction f) {
            ns.put("__new__", new PWrappedCallable(t.staticmethod, f));
        }
        for (String implicitClassMethod : new String[]{"__init_subclass__", "__class_getitem__"}) {
            if (ns.getStr(implicitClassMethod) instanceof PFunction f) {
                ns.put(implicitClassMethod, new PWrappedCallable(t.classmethod, f));
            }
        }
        if (ns.getStr("__eq__") != null && ns.getStr("__hash__") == null) {
            ns.put("__hash__", PNone.NONE);
        }
        if (classCell instanceof PCell cell) {
            cell.set(cls);
        }
        HashTable table = ns.table();
        for (int p = 0; p < table.capacity(); p++) {
            Object value = table.valueAt(p);
            Object key = table.keyAt(p);
            if (key != null && value instanceof PyObject po && !po.getPythonClass().isBuiltin()) {
                Object setName = po.getPythonClass().lookup("__set_name__");
                if (setName != null) {
                    PyCallables.call(setName, value, cls, key);
                }
            }
        }
        Object initSubclass = cls.lookupAfter(cls, "__init_subclass__");
        if (initSubclass != null) {
            Object bound = initSubclass instanceof PBuiltinFunction ? new PMethod(cls, initSubclass)
                    : PyObjects.bindDescriptor(initSubclass, PNone.NONE, cls);
            String[] names = new String[kwargs.size()];
            Object[] values = new Object[kwargs.size()];
            int i = 0;
            for (int p = 0; p < kwargs.table().capacity(); p++) {
                if (kwargs.table().keyAt(p) != null) {
                    names[i] = (String) kwargs.table().keyAt(p);
                    values[i++] = kwargs.table().valueAt(p);
                }
            }
            PyCallables.callWithKeywords(bound, PTuple.EMPTY_ITEMS, names.length == 0 ? null : names,
                    names.length == 0 ? null : values);
        }
        return cls;
    }

    @Builtin(name = "__init__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        Object init(Object self, Object args, Object kwargs) {
            return PNone.NONE;
        }
    }

    @Builtin(name = "__call__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class CallNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object call(Object self, Object args, Object kwargs) {
            PDict kw = (PDict) kwargs;
            String[] names = new String[kw.size()];
            Object[] values = new Object[kw.size()];
            int i = 0;
            for (int p = 0; p < kw.table().capacity(); p++) {
                if (kw.table().keyAt(p) != null) {
                    names[i] = (String) kw.table().keyAt(p);
                    values[i++] = kw.table().valueAt(p);
                }
            }
            PythonClass cls = (PythonClass) self;
            Object[] a = ((PTuple) args).getItems();
            Object newMethod = cls.lookup("__new__");
            if (newMethod instanceof PWrappedCallable w) {
                newMethod = w.callable;
            }
            Object obj = PyCallables.callWithKeywords(newMethod, PyCallables.prepend(cls, a), names.length == 0 ? null : names,
                    names.length == 0 ? null : values);
            if (PyObjects.isInstance(obj, cls)) {
                PyCallables.callWithKeywords(PyObjects.typeOf(obj).lookup("__init__"), PyCallables.prepend(obj, a),
                        names.length == 0 ? null : names, names.length == 0 ? null : values);
            }
            return obj;
        }
    }

    @Builtin(name = "mro", params = "self, /")
    @GenerateNodeFactory
    abstract static class MroNode extends BuiltinNode.Unary {
        @Specialization
        Object mro(Object self) {
            return new PList(((PythonClass) self).getMro().clone());
        }
    }

    @Builtin(name = "__subclasses__", params = "self, /")
    @GenerateNodeFactory
    abstract static class SubclassesNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object subclasses(Object self) {
            return new PList(((PythonClass) self).getSubclasses().toArray());
        }
    }

    @Builtin(name = "__instancecheck__", params = "self, instance, /")
    @GenerateNodeFactory
    abstract static class InstancecheckNode extends BuiltinNode.Binary {
        @Specialization
        Object check(Object self, Object instance) {
            return PyObjects.typeOf(instance).isSubclassOf((PythonClass) self);
        }
    }

    @Builtin(name = "__subclasscheck__", params = "self, subclass, /")
    @GenerateNodeFactory
    abstract static class SubclasscheckNode extends BuiltinNode.Binary {
        @Specialization
        Object check(Object self, Object sub) {
            return sub instanceof PythonClass c && c.isSubclassOf((PythonClass) self);
        }
    }
}
