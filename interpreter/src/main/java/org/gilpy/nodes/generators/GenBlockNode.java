package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PException;

/** A statement sequence in a generator: remembers which statement suspended, and resumes there. */
public final class GenBlockNode extends StatementNode {
    @Children private final StatementNode[] statements;
    private final int indexSlot;

    public GenBlockNode(StatementNode[] statements, int indexSlot) {
        this.statements = statements;
        this.indexSlot = indexSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object saved = frame.getObject(indexSlot);
        int start = saved == null ? 0 : (Integer) saved;
        frame.setObject(indexSlot, null);
        for (int i = start; i < statements.length; i++) {
            try {
                statements[i].executeVoid(frame);
            } catch (YieldException y) {
                frame.setObject(indexSlot, i);
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
