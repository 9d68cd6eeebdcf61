package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code collections.deque}; the storage and its locking live in {@link PDeque}. */
public final class DequeMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.deque;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return DequeMethodsFactory.getFactories();
    }

    static PDeque self(Object o) {
        return (PDeque) o;
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PDeque((PythonClass) cls);
        }
    }

    @Builtin(name = "__init__", params = "self, iterable=?, maxlen=?")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object init(Object self, Object iterable, Object maxlen) {
            int bound = -1;
            if (maxlen != PNone.NO_VALUE && maxlen != PNone.NONE) {
                long m = PyNumbers.asIndex(maxlen);
                if (m < 0) {
                    throw PythonErrors.valueError("maxlen must be non-negative");
                }
                bound = (int) Math.min(m, Integer.MAX_VALUE);
            }
            Object[] items = iterable == PNone.NO_VALUE ? new Object[0] : PyObjects.toArray(iterable);
            self(self).reset(bound, items);
            return PNone.NONE;
        }
    }

    @Builtin(name = "__maxlen_get__", params = "self, /")
    @GenerateNodeFactory
    abstract static class MaxlenNode extends BuiltinNode.Unary {
        @Specialization
        Object maxlen(Object self) {
            int m = self(self).maxlen();
            return m < 0 ? PNone.NONE : (Object) (long) m;
        }
    }

    @Builtin(name = "append", params = "self, x, /")
    @GenerateNodeFactory
    abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        Object append(Object self, Object x) {
            self(self).append(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "appendleft", params = "self, x, /")
    @GenerateNodeFactory
    abstract static class AppendLeftNode extends BuiltinNode.Binary {
        @Specialization
        Object appendLeft(Object self, Object x) {
            self(self).appendLeft(x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = "self, iterable, /")
    @GenerateNodeFactory
    abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        Object extend(Object self, Object iterable) {
            self(self).extend(PyObjects.toArray(iterable));
            return PNone.NONE;
        }
    }

    @Builtin(name = "extendleft", params = "self, iterable, /")
    @GenerateNodeFactory
    abstract static class ExtendLeftNode extends BuiltinNode.Binary {
        @Specialization
        Object extendLeft(Object self, Object iterable) {
            self(self).extendLeft(PyObjects.toArray(iterable));
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = "self, /")
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Unary {
        @Specialization
        Object pop(Object self) {
            return self(self).pop();
        }
    }

    @Builtin(name = "popleft", params = "self, /")
    @GenerateNodeFactory
    abstract static class PopLeftNode extends BuiltinNode.Unary {
        @Specialization
        Object popLeft(Object self) {
            return self(self).popLeft();
        }
    }

    @Builtin(name = "rotate", params = "self, n=?, /")
    @GenerateNodeFactory
    abstract static class RotateNode extends BuiltinNode.Binary {
        @Specialization
        Object rotate(Object self, Object n) {
            self(self).rotate(n == PNone.NO_VALUE ? 1 : PyNumbers.asIndex(n));
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

    @Builtin(name = "count", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object value) {
            return Sequences.count(self(self).toArray(), value);
        }
    }

    @Builtin(name = "__contains__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object contains(Object self, Object key) {
            Object[] items = self(self).toArray();
            return Sequences.indexOf(items, key, 0, items.length) >= 0;
        }
    }

    @Builtin(name = "remove", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object remove(Object self, Object value) {
            PDeque d = self(self);
            long mutations = d.mutations();
            Object[] items = d.toArray();
            int i = Sequences.indexOf(items, value, 0, items.length);
            if (i < 0) {
                throw PythonErrors.valueError(PyObjects.repr(value) + " is not in deque");
            }
            d.deleteAt(i, mutations);
            return PNone.NONE;
        }
    }

    @Builtin(name = "index", params = "self, value, start=?, stop=?, /")
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object index(Object[] a) {
            Object value = a[1];
            Object start = a[2];
            Object stop = a[3];
            Object[] items = self(a[0]).toArray();
            int n = items.length;
            int from = start == PNone.NO_VALUE ? 0 : Sequences.clampIndex(PyNumbers.asIndex(start), n);
            int to = stop == PNone.NO_VALUE ? n : Sequences.clampIndex(PyNumbers.asIndex(stop), n);
            int i = Sequences.indexOf(items, value, from, to);
            if (i < 0) {
                throw PythonErrors.valueError(PyObjects.repr(value) + " is not in deque");
            }
            return (long) i;
        }
    }

    @Builtin(name = "insert", params = "self, index, x, /")
    @GenerateNodeFactory
    abstract static class InsertNode extends BuiltinNode.Ternary {
        @Specialization
        Object insert(Object self, Object index, Object x) {
            self(self).insert(PyNumbers.asIndex(index), x);
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReverseNode extends BuiltinNode.Unary {
        @Specialization
        Object reverse(Object self) {
            self(self).reverse();
            return PNone.NONE;
        }
    }

    @Builtin(name = "copy", params = "self, /")
    @GenerateNodeFactory
    abstract static class CopyNode extends BuiltinNode.Unary {
        @Specialization
        Object copy(Object self) {
            PDeque d = self(self);
            PDeque copy = new PDeque(d.getPythonClass());
            copy.reset(d.maxlen(), d.toArray());
            return copy;
        }
    }

    @Builtin(name = "__iadd__", params = "self, other, /")
    @GenerateNodeFactory
    abstract static class IaddNode extends BuiltinNode.Binary {
        @Specialization
        Object iadd(Object self, Object other) {
            self(self).extend(PyObjects.toArray(other));
            return self;
        }
    }

    @Builtin(name = "__reversed__", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReversedNode extends BuiltinNode.Unary {
        @Specialization
        Object reversed(Object self) {
            Object[] items = self(self).toArray();
            java.util.Collections.reverse(java.util.Arrays.asList(items));
            return new BuiltinIterators.ArrayIterator(items);
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

    @Builtin(name = "__getitem__", params = "self, index, /")
    @GenerateNodeFactory
    abstract static class GetitemNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object get(Object self, Object index) {
            if (!(PyInts.isInt(index)
                    || PyObjects.typeOf(index).lookup("__index__") != null)) {
                throw PythonErrors.typeError("sequence index must be integer, not '" + PyObjects.typeName(index) + "'");
            }
            return self(self).get(PyNumbers.asIndex(index));
        }
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return new BuiltinIterators.DequeIterator(self(self));
        }
    }
}
