package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;

/** if/else in a generator: a branch that suspended is resumed without re-testing the condition. */
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
        Object saved = frame.getObject(branchSlot);
        boolean branch = saved != null ? (Boolean) saved : isTrue.execute(condition.execute(frame));
        StatementNode target = branch ? then : otherwise;
        if (target == null) {
            return;
        }
        frame.setObject(branchSlot, branch);
        try {
            target.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (RuntimeException e) {
            frame.setObject(branchSlot, null);
            throw e;
        }
        frame.setObject(branchSlot, null);
    }
}
