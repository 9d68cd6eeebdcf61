package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;

/**
 * if/else in a generator: a branch that suspended is resumed without re-testing the condition.
 * The branch is written to its slot only when it suspends, and cleared as it resumes.
 */
public final class GenIfNode extends StatementNode {
    @Child private ExprNode condition;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create();
    private final int branchSlot;

    public GenIfNode(ExprNode condition, StatementNode then, StatementNode otherwise, int branchSlot) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
        this.branchSlot = branchSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object saved = frame.getObjectStatic(branchSlot);
        boolean branch;
        if (saved != null) {
            frame.setObjectStatic(branchSlot, null);
            branch = (Boolean) saved;
        } else {
            branch = isTrue.execute(condition.execute(frame));
        }
        StatementNode target = branch ? then : otherwise;
        if (target == null) {
            return;
        }
        try {
            target.executeVoid(frame);
        } catch (YieldException y) {
            frame.setObjectStatic(branchSlot, branch);
            throw y;
        }
    }
}
