package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;

/**
 * {@code *expr} inside a display or a call: evaluates to the iterable, and tells the parent
 * to splice its items in.
 */
public final class StarredNode extends ExprNode {
    @Child private ExprNode value;

    public StarredNode(ExprNode value) {
        this.value = value;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        return value.execute(frame);
    }
}
