package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code tuple}. */
public final class TupleMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.tuple;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return TupleMethodsFactory.getFactories();
    }

    @Builtin(name = "__new__", params = "cls, iterable=?, /")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Binary {
        @Specialization
        Object create(Object cls, Object iterable) {
            Object[] items = iterable == PNone.NO_VALUE ? PTuple.EMPTY_ITEMS : PyObjects.toArray(iterable);
            PythonClass c = (PythonClass) cls;
            return c.isBuiltin() && iterable instanceof PTuple t && t.getPythonClass().isBuiltin() ? t : new PTuple(c, items.clone());
        }
    }

    @Builtin(name = "index", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object index(Object self, Object value) {
            Object[] items = ((PTuple) self).getItems();
            int i = Sequences.indexOf(items, value, 0, items.length);
            if (i < 0) {
                throw PythonErrors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        }
    }

    @Builtin(name = "count", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object value) {
            return Sequences.count(((PTuple) self).getItems(), value);
        }
    }

    @Builtin(name = "__len__", params = "self, /")
    @GenerateNodeFactory
    abstract static class LenNode extends BuiltinNode.Unary {
        @Specialization
        Object len(Object self) {
            return (long) ((PTuple) self).size();
        }
    }

    @Builtin(name = "__getitem__", params = "self, index, /")
    @GenerateNodeFactory
    abstract static class GetitemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object get(Object self, Object index) {
            PTuple t = (PTuple) self;
            if (index instanceof PSlice s) {
                return new PTuple(Sequences.slice(t.getItems(), s));
            }
            return t.get(Sequences.index(index, t.size(), "tuple"));
        }
    }
}
