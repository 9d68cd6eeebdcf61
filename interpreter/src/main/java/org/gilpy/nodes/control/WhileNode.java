package org.gilpy.nodes.control;

import com.oracle.truffle.api.Truffle;

import org.gilpy.GilpyContext;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;

/**
 * {@code while cond: body else: orelse}. Runs on Truffle's LoopNode, which gives on-stack
 * replacement and a safepoint poll (a GIL check point) on every back-edge.
 */
public final class WhileNode extends StatementNode {
    @Child private LoopNode loop;
    @Child private StatementNode orElse;

    public WhileNode(ExprNode condition, StatementNode body, StatementNode orElse) {
        this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body));
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object result = loop.execute(frame);
        if (result != PythonRepeatingNode.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    private static final class WhileRepeatingNode extends PythonRepeatingNode {
        @Child private ExprNode condition;
        @Child private StatementNode body;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

        WhileRepeatingNode(ExprNode condition, StatementNode body) {
            this.condition = condition;
            this.body = body;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            if (!isTrue.execute(condition.execute(frame))) {
                return FINISHED;
            }
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.BreakException e) {
                return BROKEN;
            } catch (ControlFlow.ContinueException e) {
                // next iteration
            }
            return CONTINUE_LOOP_STATUS;
        }
    }
}
