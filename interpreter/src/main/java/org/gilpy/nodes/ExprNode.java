package org.gilpy.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.NodeInfo;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

/**
 * A node that produces a Python value. The typed execute methods let parents that
 * specialise on long, double or boolean avoid boxing; by default they check the type of
 * the generic result.
 */
@NodeInfo(description = "A Python expression")
public abstract class ExprNode extends StatementNode {

    public abstract Object execute(VirtualFrame frame);

    @Override
    public void executeVoid(VirtualFrame frame) {
        execute(frame);
    }

    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectLong(execute(frame));
    }

    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectDouble(execute(frame));
    }

    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        return PyTypesGen.expectBoolean(execute(frame));
    }
}
