package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;
import org.gilpy.runtime.BuiltinIterators.DictIterator.Kind;

/** Methods of {@code dict}. */
public final class DictMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.dict;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return DictMethodsFactory.getFactories();
    }

    /** The receiver; a wrong type fails the cast, which BuiltinRootNode reports as CPython does. */
    static PDict self(Object o) {
        return (PDict) o;
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PDict((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = "self, other=?, /, **kwargs")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        Object init(Object self, Object other, Object kwargs) {
            PDict d = self(self);
            if (other != PNone.NO_VALUE) {
                DictOps.update(d, other);
            }
            DictOps.update(d, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "keys", params = "self, /")
    @GenerateNodeFactory
    abstract static class KeysNode extends BuiltinNode.Unary {
        @Specialization
        Object keys(Object self) {
            return new PDictView(self(self), Kind.KEYS);
        }
    }

    @Builtin(name = "values", params = "self, /")
    @GenerateNodeFactory
    abstract static class ValuesNode extends BuiltinNode.Unary {
        @Specialization
        Object values(Object self) {
            return new PDictView(self(self), Kind.VALUES);
        }
    }

    @Builtin(name = "items", params = "self, /")
    @GenerateNodeFactory
    abstract static class ItemsNode extends BuiltinNode.Unary {
        @Specialization
        Object items(Object self) {
            return new PDictView(self(self), Kind.ITEMS);
        }
    }

    @Builtin(name = "get", params = "self, key, default=?, /")
    @GenerateNodeFactory
    abstract static class GetNode extends BuiltinNode.Ternary {
        @Specialization
        Object get(Object self, Object key, Object dflt) {
            Object v = self(self).get(key);
            return v != null ? v : dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
        }
    }

    @Builtin(name = "pop", params = "self, key, default=?, /")
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Ternary {
        @Specialization
        Object pop(Object self, Object key, Object dflt) {
            Object v = self(self).remove(key);
            if (v == null) {
                if (dflt == PNone.NO_VALUE) {
                    throw PythonErrors.keyError(key);
                }
                return dflt;
            }
            return v;
        }
    }

    @Builtin(name = "popitem", params = "self, /")
    @GenerateNodeFactory
    abstract static class PopitemNode extends BuiltinNode.Unary {
        @Specialization
        Object popitem(Object self) {
            Object[] kv = self(self).popLast();
            if (kv == null) {
                throw PythonErrors.create("KeyError", "popitem(): dictionary is empty");
            }
            return new PTuple(kv);
        }
    }

    @Builtin(name = "setdefault", params = "self, key, default=?, /")
    @GenerateNodeFactory
    abstract static class SetdefaultNode extends BuiltinNode.Ternary {
        @Specialization
        Object setdefault(Object self, Object key, Object dflt) {
            PDict d = self(self);
            Object v = d.get(key);
            if (v == null) {
                v = dflt == PNone.NO_VALUE ? PNone.NONE : dflt;
                d.put(key, v);
            }
            return v;
        }
    }

    @Builtin(name = "update", params = "self, other=?, /, **kwargs")
    @GenerateNodeFactory
    abstract static class UpdateNode extends BuiltinNode.Ternary {
        @Specialization
        Object update(Object self, Object other, Object kwargs) {
            PDict d = self(self);
            if (other != PNone.NO_VALUE) {
                DictOps.update(d, other);
            }
            DictOps.update(d, kwargs);
            return PNone.NONE;
        }
    }

    @Builtin(name = "clear", params = "self, /")
    @GenerateNodeFactory
    abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        Object clear(Object self) {
            self(self).clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = "self, /")
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        Object copy(Object self) {
            PDict d = new PDict();
            d.replaceTable(self(self).table().copy());
            return d;
        }
    }

    @Builtin(name = "fromkeys", params = "cls, iterable, value=?, /", classMethod = true)
    @GenerateNodeFactory
    abstract static class FromkeysNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object fromkeys(Object cls, Object iterable, Object value) {
            Object instance = PyCallables.call(cls);
            Object v = value == PNone.NO_VALUE ? PNone.NONE : value;
            for (Object k : PyObjects.toArray(iterable)) {
                PyItems.setItem(instance, k, v);
            }
            return instance;
        }
    }

    @Builtin(name = "__getitem__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class GetitemNode extends BuiltinNode.Binary {
        @Specialization
        Object get(Object self, Object key) {
            Object v = self(self).get(key);
            if (v == null) {
                throw PythonErrors.keyError(key);
            }
            return v;
        }
    }

    @Builtin(name = "__setitem__", params = "self, key, value, /")
    @GenerateNodeFactory
    abstract static class SetitemNode extends BuiltinNode.Ternary {
        @Specialization
        Object set(Object self, Object key, Object value) {
            self(self).put(key, value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__delitem__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class DelitemNode extends BuiltinNode.Binary {
        @Specialization
        Object del(Object self, Object key) {
            if (self(self).remove(key) == null) {
                throw PythonErrors.keyError(key);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        Object contains(Object self, Object key) {
            return self(self).containsKey(key);
        }
    }

    @Builtin(name = "__len__", params = "self, /")
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        Object len(Object self) {
            return (long) self(self).size();
        }
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return new BuiltinIterators.DictIterator(self(self), Kind.KEYS);
        }
    }
}
