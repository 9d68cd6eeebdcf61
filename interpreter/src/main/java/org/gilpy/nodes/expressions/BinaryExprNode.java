package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.BinaryOp;

/** {@code left OP right}. */
public final class BinaryExprNode extends ExprNode {
    @Child private ExprNode left;
    @Child private ExprNode right;
    @Child private BinaryOpNode op;

    public BinaryExprNode(ExprNode left, ExprNode right, BinaryOp op) {
        this.left = left;
        this.right = right;
        this.op = BinaryOpNodeGen.create(op, false);
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object a = left.execute(frame);
        Object b = right.execute(frame);
        return op.execute(a, b);
    }
}
