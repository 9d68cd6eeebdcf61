package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PException;

/**
 * A sequence of statements. When a Python exception passes through, the innermost block of
 * each frame records the statement that was running: that is the traceback entry, built the
 * way CPython builds it (one entry each time the exception starts unwinding a frame).
 */
public final class BlockNode extends StatementNode {
    @Children private final StatementNode[] statements;

    public BlockNode(StatementNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (StatementNode statement : statements) {
            try {
                statement.executeVoid(frame);
            } catch (PException e) {
                if (!e.isFrameRecorded()) {
                    e.recordFrame(getRootNode().getName(), statement);
                }
                throw e;
            }
        }
    }

    public StatementNode[] getStatements() {
        return statements;
    }
}
