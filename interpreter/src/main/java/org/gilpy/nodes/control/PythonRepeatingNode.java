package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

/**
 * One iteration of a Python loop on Truffle's LoopNode (for on-stack replacement and the
 * back-edge safepoint poll), in plain functions and in generators alike. An iteration returns
 * {@link #CONTINUE_LOOP_STATUS} to go on, or how the loop ended: {@link #FINISHED} (the
 * condition or the iterator ran out: the else clause runs) or {@link #BROKEN} (break: it does not).
 */
public abstract class PythonRepeatingNode extends Node implements RepeatingNode {
    public static final Object BROKEN = new Object();
    public static final Object FINISHED = new Object();

    @Override
    public final boolean executeRepeating(VirtualFrame frame) {
        throw new UnsupportedOperationException("executeRepeatingWithValue is used");
    }

    @Override
    public final Object initialLoopStatus() {
        return CONTINUE_LOOP_STATUS;
    }

    @Override
    public final boolean shouldContinue(Object returnValue) {
        return returnValue == CONTINUE_LOOP_STATUS;
    }
}
