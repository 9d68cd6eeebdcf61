package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/**
 * Methods of {@code set}; {@code frozenset} gets the non-mutating ones through
 * {@link MiscTypeMethods#finishTypes}. Methods taking iterables accept any iterable.
 */
public final class SetMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.set;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return SetMethodsFactory.getFactories();
    }

    /** The receiver; a wrong type fails the cast, which BuiltinRootNode reports as CPython does. */
    static PSet self(Object o) {
        return (PSet) o;
    }

    static PSet mutable(Object o) {
        PSet s = self(o);
        if (s.isFrozen()) {
            throw PythonErrors.attributeError("'frozenset' object has no attribute");
        }
        return s;
    }

    @TruffleBoundary
    static PSet asSet(Object o) {
        return o instanceof PSet s ? s : SetOps.fromIterable(PyObjects.getIterator(o), PythonTypes.get().set);
    }

    /** Applies one operator across several iterables: {@code a.union(b, c)}. */
    @TruffleBoundary
    static Object combine(Object self, Object others, BinaryOp op) {
        PSet result = self(self);
        PythonClass cls = result.getPythonClass().isSubclassOf(PythonTypes.get().frozenset) ? PythonTypes.get().frozenset
                : PythonTypes.get().set;
        result = new PSet(cls, result.table().copy());
        for (Object other : ((PTuple) others).getItems()) {
            result = (PSet) SetOps.binary(op, result, asSet(other));
        }
        return result;
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PSet((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = "self, iterable=?, /")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object init(Object self, Object iterable) {
            PSet s = self(self);
            if (iterable != PNone.NO_VALUE && !s.isFrozen()) {
                s.table().clear();
                Object it = PyObjects.getIterator(iterable);
                Object x;
                while ((x = PyObjects.next(it)) != null) {
                    s.table().add(x);
                }
            }
            return PNone.NONE;
        }
    }

    /** frozenset(iterable): installed as frozenset.__new__ by MiscTypeMethods.finishTypes. */
    @Builtin(name = "__frozenset_new__", params = "cls, iterable=?, /")
    @GenerateNodeFactory
    abstract static class FrozensetNewNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object create(Object cls, Object iterable) {
            if (iterable == PNone.NO_VALUE) {
                return new PSet((PythonClass) cls);
            }
            return SetOps.fromIterable(PyObjects.getIterator(iterable), (PythonClass) cls);
        }
    }

    @Builtin(name = "add", params = "self, object, /")
    @GenerateNodeFactory
    abstract static class AddNode extends BuiltinNode.Binary {
        @Specialization
        Object add(Object self, Object value) {
            mutable(self).table().add(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "remove", params = "self, object, /")
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        Object remove(Object self, Object value) {
            if (!mutable(self).table().remove(value)) {
                throw PythonErrors.keyError(value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "discard", params = "self, object, /")
    @GenerateNodeFactory
    abstract static class DiscardNode extends BuiltinNode.Binary {
        @Specialization
        Object discard(Object self, Object value) {
            mutable(self).table().remove(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = "self, /")
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Unary {
        @Specialization
        Object pop(Object self) {
            Object v = mutable(self).table().pop();
            if (v == null) {
                throw PythonErrors.create("KeyError", "pop from an empty set");
            }
            return v;
        }
    }

    @Builtin(name = "clear", params = "self, /")
    @GenerateNodeFactory
    abstract static class ClearNode extends BuiltinNode.Unary {
        @Specialization
        Object clear(Object self) {
            mutable(self).table().clear();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = "self, /")
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        Object copy(Object self) {
            PSet s = self(self);
            return new PSet(s.isFrozen() ? PythonTypes.get().frozenset : PythonTypes.get().set, s.table().copy());
        }
    }

    @Builtin(name = "union", params = "self, *others")
    @GenerateNodeFactory
    abstract static class UnionNode extends BuiltinNode.Binary {
        @Specialization
        Object union(Object self, Object others) {
            return combine(self, others, BinaryOp.OR);
        }
    }

    @Builtin(name = "intersection", params = "self, *others")
    @GenerateNodeFactory
    abstract static class IntersectionNode extends BuiltinNode.Binary {
        @Specialization
        Object intersection(Object self, Object others) {
            return combine(self, others, BinaryOp.AND);
        }
    }

    @Builtin(name = "difference", params = "self, *others")
    @GenerateNodeFactory
    abstract static class DifferenceNode extends BuiltinNode.Binary {
        @Specialization
        Object difference(Object self, Object others) {
            return combine(self, others, BinaryOp.SUB);
        }
    }

    @Builtin(name = "symmetric_difference", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceNode extends BuiltinNode.Binary {
        @Specialization
        Object symmetricDifference(Object self, Object other) {
            return SetOps.binary(BinaryOp.XOR, self(self), asSet(other));
        }
    }

    @Builtin(name = "update", params = "self, *others")
    @GenerateNodeFactory
    abstract static class UpdateNode extends BuiltinNode.Binary {
        @Specialization
        Object update(Object self, Object others) {
            PSet s = mutable(self);
            s.replaceTable(((PSet) combine(s, others, BinaryOp.OR)).table());
            return PNone.NONE;
        }
    }

    @Builtin(name = "intersection_update", params = "self, *others")
    @GenerateNodeFactory
    abstract static class IntersectionUpdateNode extends BuiltinNode.Binary {
        @Specialization
        Object update(Object self, Object others) {
            PSet s = mutable(self);
            s.replaceTable(((PSet) combine(s, others, BinaryOp.AND)).table());
            return PNone.NONE;
        }
    }

    @Builtin(name = "difference_update", params = "self, *others")
    @GenerateNodeFactory
    abstract static class DifferenceUpdateNode extends BuiltinNode.Binary {
        @Specialization
        Object update(Object self, Object others) {
            PSet s = mutable(self);
            s.replaceTable(((PSet) combine(s, others, BinaryOp.SUB)).table());
            return PNone.NONE;
        }
    }

    @Builtin(name = "symmetric_difference_update", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class SymmetricDifferenceUpdateNode extends BuiltinNode.Binary {
        @Specialization
        Object update(Object self, Object other) {
            PSet s = mutable(self);
            s.replaceTable(((PSet) SetOps.binary(BinaryOp.XOR, s, asSet(other))).table());
            return PNone.NONE;
        }
    }

    @Builtin(name = "issubset", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class IssubsetNode extends BuiltinNode.Binary {
        @Specialization
        Object issubset(Object self, Object other) {
            return SetOps.isSubset(self(self), asSet(other));
        }
    }

    @Builtin(name = "issuperset", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class IssupersetNode extends BuiltinNode.Binary {
        @Specialization
        Object issuperset(Object self, Object other) {
            return SetOps.isSubset(asSet(other), self(self));
        }
    }

    @Builtin(name = "isdisjoint", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class IsdisjointNode extends BuiltinNode.Binary {
        @Specialization
        Object isdisjoint(Object self, Object other) {
            return ((PSet) SetOps.binary(BinaryOp.AND, self(self), asSet(other))).size() == 0;
        }
    }

    @Builtin(name = "__contains__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        Object contains(Object self, Object key) {
            return self(self).table().contains(key);
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
            return new BuiltinIterators.SetIterator(self(self));
        }
    }
}
