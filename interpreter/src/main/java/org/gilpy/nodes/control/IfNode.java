package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;

/** {@code if}/{@code elif}/{@code else}; elif chains nest an IfNode in the else branch. */
public final class IfNode extends StatementNode {
    @Child private ExprNode condition;
    @Child private StatementNode then;
    @Child private StatementNode otherwise;
    @Child private IsTrueNode isTrue = IsTrueNodeGen.create();
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(ExprNode condition, StatementNode then, StatementNode otherwise) {
        this.condition = condition;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (profile.profile(isTrue.execute(condition.execute(frame)))) {
            then.executeVoid(frame);
        } else if (otherwise != null) {
            otherwise.executeVoid(frame);
        }
    }
}
