package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.WithNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PException;

/**
 * A with item in a generator: the manager and its {@code __exit__} are kept in frame slots
 * while the body is suspended; {@code __exit__} runs only when the body really ends.
 */
public final class GenWithNode extends StatementNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    private final int managerSlot;
    private final int exitSlot;

    public GenWithNode(ExprNode manager, AssignTargetNode target, StatementNode body, int managerSlot, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getObjectStatic(exitSlot) == null) {
            Object mgr = manager.execute(frame);
            Object exit = WithNode.exitMethod(mgr);
            Object value = WithNode.enter(mgr);
            frame.setObjectStatic(managerSlot, mgr);
            frame.setObjectStatic(exitSlot, exit);
            if (target != null) {
                target.assign(frame, value);
            }
        }
        Object mgr = frame.getObjectStatic(managerSlot);
        Object exit = frame.getObjectStatic(exitSlot);
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException e) {
            clear(frame);
            if (!WithNode.exitWithException(this, mgr, exit, e)) {
                throw e;
            }
            return;
        } catch (ControlFlowException flow) {
            clear(frame);
            WithNode.exitNormally(mgr, exit);
            throw flow;
        }
        clear(frame);
        WithNode.exitNormally(mgr, exit);
    }

    private void clear(VirtualFrame frame) {
        frame.setObjectStatic(managerSlot, null);
        frame.setObjectStatic(exitSlot, null);
    }
}
