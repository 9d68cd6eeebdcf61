package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.gilpy.runtime.*;

/** Methods of {@code list}. */
public final class ListMethods implements TypeMethods {
    @Override
    public PythonClass type(PythonTypes types) {
        return types.list;
    }

    @Override
    public List<? extends NodeFactory<? extends BuiltinNode>> factories() {
        return ListMethodsFactory.getFactories();
    }

    /** The receiver; a wrong type fails the cast, which BuiltinRootNode reports as CPython does. */
    static PList self(Object o) {
        return (PList) o;
    }

    @Builtin(name = "__new__", params = "cls, *args, **kwargs")
    @GenerateNodeFactory
    abstract static class NewNode extends BuiltinNode.Ternary {
        @Specialization
        Object create(Object cls, Object args, Object kwargs) {
            return new PList((PythonClass) cls, new Object[4], 0);
        }
    }

    @Builtin(name = "__init__", params = "self, iterable=?, /")
    @GenerateNodeFactory
    abstract static class InitNode extends BuiltinNode.Binary {
        @Specialization
        Object init(Object self, Object iterable) {
            PList l = self(self);
            l.clear();
            if (iterable != PNone.NO_VALUE) {
                Object[] items = PyObjects.toArray(iterable);
                l.extend(items, items.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "append", params = "self, object, /")
    @GenerateNodeFactory
    abstract static class AppendNode extends BuiltinNode.Binary {
        @Specialization
        Object append(PList self, Object value) {
            self.append(value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "extend", params = "self, iterable, /")
    @GenerateNodeFactory
    abstract static class ExtendNode extends BuiltinNode.Binary {
        @Specialization
        Object extend(Object self, Object iterable) {
            Object[] items = PyObjects.toArray(iterable);
            self(self).extend(items, items.length);
            return PNone.NONE;
        }
    }

    @Builtin(name = "insert", params = "self, index, object, /")
    @GenerateNodeFactory
    abstract static class InsertNode extends BuiltinNode.Ternary {
        @Specialization
        Object insert(Object self, Object index, Object value) {
            PList l = self(self);
            l.insert(Sequences.clampIndex(PyNumbers.asIndex(index), l.size()), value);
            return PNone.NONE;
        }
    }

    @Builtin(name = "pop", params = "self, index=?, /")
    @GenerateNodeFactory
    abstract static class PopNode extends BuiltinNode.Binary {
        @Specialization
        Object pop(Object self, Object index) {
            PList l = self(self);
            if (l.size() == 0) {
                throw PythonErrors.indexError("pop from empty list");
            }
            int i = index == PNone.NO_VALUE ? l.size() - 1 : Sequences.index(index, l.size(), "pop");
            return l.removeAt(i);
        }
    }

    @Builtin(name = "remove", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class RemoveNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object remove(Object self, Object value) {
            PList l = self(self);
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == value || PyEquality.equal(l.get(i), value)) {
                    l.removeAt(i);
                    return PNone.NONE;
                }
            }
            throw PythonErrors.valueError("list.remove(x): x not in list");
        }
    }

    @Builtin(name = "index", params = "self, value, start=?, stop=?, /")
    @GenerateNodeFactory
    abstract static class IndexNode extends BuiltinNode.Varargs {
        @Specialization
        @TruffleBoundary
        Object index(Object[] a) {
            PList l = self(a[0]);
            int n = l.size();
            int start = a[2] == PNone.NO_VALUE ? 0 : Sequences.clampIndex(PyNumbers.asIndex(a[2]), n);
            int stop = a[3] == PNone.NO_VALUE ? n : Sequences.clampIndex(PyNumbers.asIndex(a[3]), n);
            for (int i = start; i < stop && i < l.size(); i++) {
                if (l.get(i) == a[1] || PyEquality.equal(l.get(i), a[1])) {
                    return (long) i;
                }
            }
            throw PythonErrors.valueError(PyObjects.repr(a[1]) + " is not in list");
        }
    }

    @Builtin(name = "count", params = "self, value, /")
    @GenerateNodeFactory
    abstract static class CountNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object count(Object self, Object value) {
            PList l = self(self);
            long c = 0;
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == value || PyEquality.equal(l.get(i), value)) {
                    c++;
                }
            }
            return c;
        }
    }

    @Builtin(name = "sort", params = "self, /, *, key=?, reverse=?")
    @GenerateNodeFactory
    abstract static class SortNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object sort(Object self, Object key, Object reverse) {
            PList l = self(self);
            Object[] items = l.toArray();
            l.setContent(new Object[0], 0);
            try {
                ListSort.sort(items, items.length, key, reverse != PNone.NO_VALUE && PyObjects.isTrue(reverse));
            } finally {
                if (l.size() != 0) {
                    l.setContent(items, items.length);
                    throw PythonErrors.valueError("list modified during sort");
                }
                l.setContent(items, items.length);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "reverse", params = "self, /")
    @GenerateNodeFactory
    abstract static class ReverseNode extends BuiltinNode.Unary {
        @Specialization
        @TruffleBoundary
        Object reverse(Object self) {
            PList l = self(self);
            Object[] items = l.toArray();
            for (int i = 0; i < items.length / 2; i++) {
                Object t = items[i];
                items[i] = items[items.length - 1 - i];
                items[items.length - 1 - i] = t;
            }
            l.setContent(items, items.length);
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
            return new PList(self(self).toArray());
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
            PList l = self(self);
            if (index instanceof PSlice s) {
                return new PList(l.slice(s));
            }
            return l.get(Sequences.index(index, l.size(), "list"));
        }
    }

    @Builtin(name = "__setitem__", params = "self, index, value, /")
    @GenerateNodeFactory
    abstract static class SetitemNode extends BuiltinNode.Ternary {
        @Specialization
        @TruffleBoundary
        Object set(Object self, Object index, Object value) {
            PList l = self(self);
            if (index instanceof PSlice s) {
                Sequences.assignSlice(l, s, PyObjects.toArray(value));
            } else {
                l.set(Sequences.index(index, l.size(), "list assignment"), value);
            }
            return PNone.NONE;
        }
    }

    @Builtin(name = "__contains__", params = "self, key, /")
    @GenerateNodeFactory
    abstract static class ContainsNode extends BuiltinNode.Binary {
        @Specialization
        @TruffleBoundary
        Object contains(Object self, Object key) {
            PList l = self(self);
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) == key || PyEquality.equal(l.get(i), key)) {
                    return true;
                }
            }
            return false;
        }
    }

    @Builtin(name = "__iter__", params = "self, /")
    @GenerateNodeFactory
    abstract static class IterNode extends BuiltinNode.Unary {
        @Specialization
        Object iter(Object self) {
            return new BuiltinIterators.ListIterator(self(self));
        }
    }
}
