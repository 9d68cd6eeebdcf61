package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.DictOps;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PSet;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** Tuple, list, set and dict displays, with {@code *} and {@code **} unpacking. */
public final class DisplayNodes {
    private DisplayNodes() {
    }

    /** Evaluates items left to right, splicing starred ones. */
    @ExplodeLoop
    static Object[] evaluateItems(VirtualFrame frame, ExprNode[] items, boolean hasStar) {
        if (!hasStar) {
            Object[] values = new Object[items.length];
            for (int i = 0; i < items.length; i++) {
                values[i] = items[i].execute(frame);
            }
            return values;
        }
        PList out = new PList();
        for (ExprNode item : items) {
            Object v = item.execute(frame);
            if (item instanceof StarredNode) {
                Object[] more = PyObjects.toArray(v);
                out.extend(more, more.length);
            } else {
                out.append(v);
            }
        }
        return out.toArray();
    }

    static boolean anyStarred(ExprNode[] items) {
        for (ExprNode item : items) {
            if (item instanceof StarredNode) {
                return true;
            }
        }
        return false;
    }

    public static final class TupleNode extends ExprNode {
        @Children private final ExprNode[] items;
        private final boolean hasStar;

        public TupleNode(ExprNode[] items) {
            this.items = items;
            this.hasStar = anyStarred(items);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PTuple(evaluateItems(frame, items, hasStar));
        }
    }

    public static final class ListNode extends ExprNode {
        @Children private final ExprNode[] items;
        private final boolean hasStar;

        public ListNode(ExprNode[] items) {
            this.items = items;
            this.hasStar = anyStarred(items);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PList(evaluateItems(frame, items, hasStar));
        }
    }

    public static final class SetNode extends ExprNode {
        @Children private final ExprNode[] items;
        private final boolean hasStar;

        public SetNode(ExprNode[] items) {
            this.items = items;
            this.hasStar = anyStarred(items);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PSet set = PSet.newSet();
            for (Object v : evaluateItems(frame, items, hasStar)) {
                set.table().add(v);
            }
            return set;
        }
    }

    /** A dict display; a null key marks a {@code **mapping} entry. */
    public static final class DictNode extends ExprNode {
        @Children private final ExprNode[] keys;
        @Children private final ExprNode[] values;

        public DictNode(ExprNode[] keys, ExprNode[] values) {
            this.keys = keys;
            this.values = values;
        }

        @Override
        @ExplodeLoop
        public Object execute(VirtualFrame frame) {
            PDict dict = new PDict();
            for (int i = 0; i < values.length; i++) {
                if (keys[i] == null) {
                    Object mapping = values[i].execute(frame);
                    if (!(mapping instanceof PDict) && PyObjects.lookupAttribute(mapping, "keys") == null) {
                        throw PythonErrors.typeError("'" + PyObjects.typeName(mapping) + "' object is not a mapping");
                    }
                    DictOps.update(dict, mapping);
                } else {
                    Object k = keys[i].execute(frame);
                    dict.put(k, values[i].execute(frame));
                }
            }
            return dict;
        }
    }
}
