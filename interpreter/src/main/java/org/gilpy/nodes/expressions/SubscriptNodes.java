package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PSlice;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyItems;

/** {@code obj[key]}, its assignment and deletion, and slice expressions {@code a:b:c}. */
public final class SubscriptNodes {
    private SubscriptNodes() {
    }

    /** Kinds of subscription a node has met; compiled code holds only the paths seen so far. */
    private static final byte LIST_INDEX = 1;
    private static final byte TUPLE_INDEX = 2;
    private static final byte OTHER = 4;

    /** The kind of {@code obj[key]}: an int index into an exact list or tuple, or anything else. */
    private static byte kindOf(Object obj, Object key) {
        if (key instanceof Long) {
            if (obj instanceof PList list && list.getPythonClass().isBuiltin()) {
                return LIST_INDEX;
            }
            if (obj instanceof PTuple tuple && tuple.getPythonClass().isBuiltin()) {
                return TUPLE_INDEX;
            }
        }
        return OTHER;
    }

    /** {@code index} (negative counts from the end) as a position below {@code size}, or -1. */
    private static int position(long index, int size) {
        long i = index < 0 ? index + size : index;
        return i >= 0 && i < size ? (int) i : -1;
    }

    /**
     * {@code obj[key]}. Int indexes into exact lists and tuples are read inline; everything
     * else (and an index out of range, which raises) goes through {@link PyItems#getItem}.
     */
    public static final class GetItemNode extends ExprNode {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @CompilationFinal private byte seen;

        public GetItemNode(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            Object item = inlineItem(obj, k);
            if (item != null) {
                return item;
            }
            if ((seen & OTHER) == 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                byte kind = kindOf(obj, k);
                if ((seen & kind) == 0) {
                    seen |= kind;
                    item = inlineItem(obj, k);
                    if (item != null) {
                        return item;
                    }
                }
                seen |= OTHER;
            }
            return PyItems.getItem(obj, k);
        }

        /** The item when this is a kind of subscription seen before and the index is in range, else null. */
        private Object inlineItem(Object obj, Object k) {
            if (k instanceof Long index) {
                if ((seen & LIST_INDEX) != 0 && obj instanceof PList list && list.getPythonClass().isBuiltin()) {
                    int i = position(index, list.size());
                    return i < 0 ? null : list.get(i);
                }
                if ((seen & TUPLE_INDEX) != 0 && obj instanceof PTuple tuple && tuple.getPythonClass().isBuiltin()) {
                    int i = position(index, tuple.size());
                    return i < 0 ? null : tuple.get(i);
                }
            }
            return null;
        }
    }

    /** {@code obj[key] = value} and {@code del obj[key]}; int indexes into exact lists are stored inline. */
    public static final class SubscriptTarget extends AssignTargetNode {
        @Child private ExprNode object;
        @Child private ExprNode key;
        @CompilationFinal private byte seen;

        public SubscriptTarget(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            if ((seen & LIST_INDEX) != 0 && storeInline(obj, k, value)) {
                return;
            }
            if ((seen & OTHER) == 0) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                if ((seen & LIST_INDEX) == 0 && kindOf(obj, k) == LIST_INDEX) {
                    seen |= LIST_INDEX;
                    if (storeInline(obj, k, value)) {
                        return;
                    }
                }
                seen |= OTHER;
            }
            PyItems.setItem(obj, k, value);
        }

        private static boolean storeInline(Object obj, Object k, Object value) {
            if (obj instanceof PList list && k instanceof Long index && list.getPythonClass().isBuiltin()) {
                int i = position(index, list.size());
                if (i >= 0) {
                    list.set(i, value);
                    return true;
                }
            }
            return false;
        }

        @Override
        public void delete(VirtualFrame frame) {
            PyItems.deleteItem(object.execute(frame), key.execute(frame));
        }
    }

    public static final class SliceNode extends ExprNode {
        @Child private ExprNode start;
        @Child private ExprNode stop;
        @Child private ExprNode step;

        public SliceNode(ExprNode start, ExprNode stop, ExprNode step) {
            this.start = start;
            this.stop = stop;
            this.step = step;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PSlice(eval(start, frame), eval(stop, frame), eval(step, frame));
        }

        private static Object eval(ExprNode node, VirtualFrame frame) {
            return node == null ? PNone.NONE : node.execute(frame);
        }
    }
}
