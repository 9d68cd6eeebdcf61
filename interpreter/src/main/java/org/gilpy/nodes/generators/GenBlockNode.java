package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PException;

/**
 * A statement sequence in a generator: remembers which statement suspended, and resumes there.
 * The loop is exploded like BlockNode's, each statement guarded by "at or after the resume
 * point", so that compiled code calls every statement directly (and can inline it).
 * A suspension in the first statement is not recorded: resuming there and starting afresh
 * both begin with it, and that statement keeps its own resume state. So the usual generator
 * block, whose yield is in its first (or only) statement, costs no frame access per resume.
 */
public final class GenBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final int indexSlot;

    public GenBlockNode(StatementNode[] statements, int indexSlot) {
        this.statements = statements;
        this.indexSlot = indexSlot;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        int start = 0;
        if (statements.length > 1) {
            Object saved = frame.getObjectStatic(indexSlot);
            if (saved != null) {
                start = (Integer) saved;
                frame.setObjectStatic(indexSlot, null);
            }
        }
        for (int i = 0; i < statements.length; i++) {
            if (i < start) {
                continue;
            }
            try {
                statements[i].executeVoid(frame);
            } catch (YieldException y) {
                if (i > 0) {
                    frame.setObjectStatic(indexSlot, i);
                }
                throw y;
            } catch (PException e) {
                if (!e.isFrameRecorded()) {
                    e.recordFrame(getRootNode().getName(), statements[i]);
                }
                throw e;
            }
        }
    }
}
