package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;

/**
 * A comparison chain {@code a < b <= c}: each middle operand is evaluated once, and the
 * chain stops at the first false link, returning that link's result.
 */
public final class CompareExprNode extends ExprNode {
    @Children private final ExprNode[] operands;
    @Children private final CompareOpNode[] ops;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

    public CompareExprNode(ExprNode[] operands, CompareOpNode[] ops) {
        this.operands = operands;
        this.ops = ops;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        Object left = operands[0].execute(frame);
        Object result = null;
        for (int i = 0; i < ops.length; i++) {
            Object right = operands[i + 1].execute(frame);
            result = ops[i].execute(left, right);
            if (i < ops.length - 1 && !isTrue.execute(result)) {
                return result;
            }
            left = right;
        }
        return result;
    }
}
