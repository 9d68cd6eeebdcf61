package org.gilpy.nodes.generators;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.ControlFlow;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PIterator;
import org.gilpy.runtime.PyObjects;

/**
 * while and for loops in a generator. A loop that suspended inside its body is resumed in
 * the body (without re-testing the condition or advancing the iterator); one that suspended
 * in its else clause resumes there. The iterator lives in a frame slot across suspensions.
 */
public final class GenLoopNodes {
    static final Integer IN_BODY = 1;
    static final Integer IN_ELSE = 2;

    private GenLoopNodes() {
    }

    /** Runs the else clause, resumable; returns normally when it completes. */
    static void runElse(VirtualFrame frame, StatementNode orElse, int stateSlot) {
        frame.setObject(stateSlot, IN_ELSE);
        try {
            orElse.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (RuntimeException e) {
            frame.setObject(stateSlot, null);
            throw e;
        }
        frame.setObject(stateSlot, null);
    }

    /**
     * Runs one body iteration; returns false when the loop was broken. The state is cleared
     * once the body is done, so that a suspension in the while condition that follows
     * resumes in the condition, not in the body.
     */
    static boolean runBody(VirtualFrame frame, StatementNode body, int stateSlot) {
        frame.setObject(stateSlot, IN_BODY);
        try {
            body.executeVoid(frame);
        } catch (ControlFlow.BreakException b) {
            frame.setObject(stateSlot, null);
            return false;
        } catch (ControlFlow.ContinueException c) {
            // next iteration
        } catch (YieldException y) {
            throw y;
        } catch (RuntimeException e) {
            frame.setObject(stateSlot, null);
            throw e;
        }
        frame.setObject(stateSlot, null);
        return true;
    }

    public static final class GenWhileNode extends StatementNode {
        @Child private ExprNode condition;
        @Child private StatementNode body;
        @Child private StatementNode orElse;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();
        private final int stateSlot;

        public GenWhileNode(ExprNode condition, StatementNode body, StatementNode orElse, int stateSlot) {
            this.condition = condition;
            this.body = body;
            this.orElse = orElse;
            this.stateSlot = stateSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object state = frame.getObject(stateSlot);
            if (state == IN_ELSE) {
                runElse(frame, orElse, stateSlot);
                return;
            }
            boolean resumeInBody = state == IN_BODY;
            while (true) {
                if (!resumeInBody) {
                    TruffleSafepoint.poll(this);
                    GilpyContext.get(this).getGil().checkpoint(this);
                    if (!isTrue.execute(condition.execute(frame))) {
                        break;
                    }
                }
                resumeInBody = false;
                if (!runBody(frame, body, stateSlot)) {
                    return;
                }
            }
            frame.setObject(stateSlot, null);
            if (orElse != null) {
                runElse(frame, orElse, stateSlot);
            }
        }
    }

    public static final class GenForNode extends StatementNode {
        @Child private AssignTargetNode target;
        @Child private ExprNode iterable;
        @Child private StatementNode body;
        @Child private StatementNode orElse;
        private final int iteratorSlot;
        private final int stateSlot;

        public GenForNode(AssignTargetNode target, ExprNode iterable, StatementNode body, StatementNode orElse,
                          int iteratorSlot, int stateSlot) {
            this.target = target;
            this.iterable = iterable;
            this.body = body;
            this.orElse = orElse;
            this.iteratorSlot = iteratorSlot;
            this.stateSlot = stateSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object state = frame.getObject(stateSlot);
            if (state == IN_ELSE) {
                runElse(frame, orElse, stateSlot);
                return;
            }
            boolean resumeInBody = state == IN_BODY;
            if (!resumeInBody) {
                frame.setObject(iteratorSlot, PyObjects.getIterator(iterable.execute(frame)));
            }
            while (true) {
                if (!resumeInBody) {
                    TruffleSafepoint.poll(this);
                    GilpyContext.get(this).getGil().checkpoint(this);
                    Object iterator = frame.getObject(iteratorSlot);
                    Object item = iterator instanceof PIterator it ? it.next() : PyObjects.next(iterator);
                    if (item == null) {
                        break;
                    }
                    target.assign(frame, item);
                }
                resumeInBody = false;
                if (!runBody(frame, body, stateSlot)) {
                    frame.setObject(iteratorSlot, null);
                    return;
                }
            }
            frame.setObject(stateSlot, null);
            frame.setObject(iteratorSlot, null);
            if (orElse != null) {
                runElse(frame, orElse, stateSlot);
            }
        }
    }
}
