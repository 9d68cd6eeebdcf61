package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code object}: construction, the default repr/str/eq/hash, and attribute access. */
public final class ObjectMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.object;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ObjectMethodsFactory.getFactories();
    }

    static boolean overrides(PythonClass cls, String name) {
        Object m = cls.lookup(name);
        return m != null && !(m instanceof PBuiltinFunction bf && bf.getQualname().startsWith("object."));
    }

    /** Creates a bare instance whose Java representation fits the class's layout. */
    @TruffleBoundary
    public static Object allocate(PythonClass cls) {
        PythonTypes t = PythonTypes.get();
        PythonClass layout = cls.getLayout();
        if (layout == t.object) {
            return new PInstance(cls);
        } else if (layout == t.list) {
            return new PList(cls, new Object[4], 0);
        } else if (layout == t.dict) {
            return new PDict(cls);
        } else if (layout.isSubclassOf(t.baseException)) {
            return new PBaseException(cls, PTuple.empty());
        } else if (layout == t.set || layout == t.frozenset) {
            return new PSet(cls);
        }
        throw PythonErrors.typeError("object.__new__(" + cls.getName() + ") is not safe, use " + layout.getName() + ".__new__()");
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object create(Object cls, Object args, Object kwargs) {
            if (!(cls instanceof PythonClass c)) {
                throw PythonErrors.typeError("object.__new__(X): X is not a type object (" + PyObjects.typeName(cls) + ")");
            }
            boolean extra = ((PTuple) args).size() > 0 || ((PDict) kwargs).size() > 0;
            if (extra && !overrides(c, "__init__")) {
                throw PythonErrors.typeError(c.getName() + "() takes no arguments");
            }
            return allocate(c);
        }
    }

    @Builtin(name = "__init__", params = "self, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object init(Object self, Object args, Object kwargs) {
            boolean extra = ((PTuple) args).size() > 0 || ((PDict) kwargs).size() > 0;
            if (extra) {
                PythonClass cls = PyObjects.typeOf(self);
                if (overrides(cls, "__init__") && !overrides(cls, "__new__")) {
                    throw PythonErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (!overrides(cls, "__new__")) {
                    throw PythonErrors.typeError(cls.getName() + "() takes no arguments");
                }
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__repr__", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReprNode extends BuiltinNode.Unary {
        @Specialization
        Object repr(Object self) {
            // instances of user subclasses of list, dict, ... show as their built-in base does
            return self instanceof PInstance ? Repr.defaultRepr(self) : Repr.builtinRepr(self);
        }
    }

    @Builtin(name = "__str__", params = "self, /")
    @GenerateNodeFactory
    abstract static class StrNode extends BuiltinNode.Unary {
        @Specialization
        Object str(Object self) {
            return PyObjects.repr(self);
        }
    }

    @Builtin(name = "__eq__", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class EqNode extends BuiltinNode.Binary {
        @Specialization
        Object eq(Object self, Object other) {
            return self == other ? (Object) true : PNone.NOT_IMPLEMENTED;
        }
    }

    @Builtin(name = "__ne__", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class NeNode extends BuiltinNode.Binary {
        @Specialization
        Object ne(Object self, Object other) {
            Object eq = PyCompare.richCompare(CompareOp.EQ, self, other);
            return eq == PNone.NOT_IMPLEMENTED ? eq : (Object) !PyObjects.isTrue(eq);
        }
    }

    @Builtin(name = "__hash__", params = "self, /")
    @GenerateNodeFactory
    abstract static class HashNode extends BuiltinNode.Unary {
        @Specialization
        Object hash(Object self) {
            return PyObjects.identityHash(self);
        }
    }

    @Builtin(name = "__setattr__", params = "self, name, value, /")
    @GenerateNodeFactory
    abstract static class SetattrNode extends BuiltinNode.Ternary {
        @Specialization
        Object setattr(Object self, Object name, Object value) {
            PyObjects.genericSetAttribute(self, BuiltinFunctions.attrName(name, "__setattr__"), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__getattribute__", params = "self, name, /")
    @GenerateNodeFactory
    abstract static class GetattributeNode extends BuiltinNode.Binary {
        @Specialization
        Object getattribute(Object self, Object name) {
            String n = BuiltinFunctions.attrName(name, "__getattribute__");
            Object v = PyObjects.genericLookupAttribute(self, n);
            if (v == null) {
                throw PyObjects.attributeError(self, n);
            }
            return v;
        }
    }

    @Builtin(name = "__delattr__", params = "self, name, /")
    @GenerateNodeFactory
    abstract static class DelattrNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object delattr(Object self, Object name) {
            String n = BuiltinFunctions.attrName(name, "__delattr__");
            if (self instanceof PythonClass cls) {
                PyObjects.deleteClassAttribute(cls, n); // type.__delattr__, reached from a metaclass's super()
                return PNone.NONE;
            }
            if (self instanceof PyObject p && p.getDict() != null && p.getDict().remove(n) != null) {
                return PNone.NONE;
            }
            throw PyObjects.attributeError(self, n);
        }
    }

    @Builtin(name = "__format__", params = "self, format_spec, /")
    @GenerateNodeFactory
    abstract static class FormatNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object format(Object self, Object spec) {
            if (spec instanceof String s && !s.isEmpty()) {
                if (PyObjects.typeOf(self).isBuiltin()) {
                    return FormatSpec.format(self, s);
                }
                throw PythonErrors.typeError("unsupported format string passed to " + PyObjects.typeName(self) + ".__format__");
            }
            return PyObjects.str(self);
        }
    }

    @Builtin(name = "__init_subclass__", params = "cls, /, **kwargs", classMethod = true)
    @GenerateNodeFactory
    abstract static class InitSubclassNode extends BuiltinNode.Binary {
        @Specialization
        Object initSubclass(Object cls, Object kwargs) {
            if (((PDict) kwargs).size() > 0) {
                throw PythonErrors.typeError(((PythonClass) cls).getName() + ".__init_subclass__() takes no keyword arguments");
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__dir__", params = "self, /")
    @GenerateNodeFactory
    abstract static class DirNode extends BuiltinNode.Unary {
        @Specialization
        Object dir(Object self) {
            return Classes.dir(self);
        }
    }
}
