package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PSlice;
import org.gilpy.runtime.PyItems;

/** {@code obj[key]}, its assignment and deletion, and slice expressions {@code a:b:c}. */
public final class SubscriptNodes {
    private SubscriptNodes() {
    }

    public static final class GetItemNode extends ExprNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public GetItemNode(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            if (obj instanceof PList list && k instanceof Long index && list.getPythonClass().isBuiltin()) {
                long i = index < 0 ? index + list.size() : index;
                if (i >= 0 && i < list.size()) {
                    return list.get((int) i);
                }
            }
            return PyItems.getItem(obj, k);
        }
    }

    public static final class SubscriptTarget extends AssignTargetNode {
        @Child private ExprNode object;
        @Child private ExprNode key;

        public SubscriptTarget(ExprNode object, ExprNode key) {
            this.object = object;
            this.key = key;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            Object obj = object.execute(frame);
            Object k = key.execute(frame);
            if (obj instanceof PList list && k instanceof Long index && list.getPythonClass().isBuiltin()) {
                long i = index < 0 ? index + list.size() : index;
                if (i >= 0 && i < list.size()) {
                    list.set((int) i, value);
                    return;
                }
            }
            PyItems.setItem(obj, k, value);
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
