package org.gilpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;

/**
 * Hidden frame slots for values the parser needs to evaluate once and use twice, such as
 * the object of {@code a.b += 1} or the iterator of a for loop.
 */
public final class TempNodes {
    private TempNodes() {
    }

    public static final class StoreTempNode extends ExprNode {
        @Child private ExprNode value;
        private final int slot;

        public StoreTempNode(ExprNode value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            frame.setObject(slot, v);
            return v;
        }
    }

    public static final class ReadTempNode extends ExprNode {
        private final int slot;

        public ReadTempNode(int slot) {
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return frame.getObject(slot);
        }
    }
}
