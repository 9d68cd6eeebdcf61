package org.gilpy.nodes.generators;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.ControlFlow;
import org.gilpy.nodes.control.PythonRepeatingNode;
import org.gilpy.nodes.expressions.IsTrueNode;
import org.gilpy.nodes.expressions.IsTrueNodeGen;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PyObjects;

/**
 * while and for loops in a generator. A loop that suspended inside its body is resumed in
 * the body (without re-testing the condition or advancing the iterator); one that suspended
 * in its else clause resumes there. The iterator lives in a frame slot across suspensions.
 * Both run their iterations on Truffle's LoopNode, for on-stack replacement.
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

    /**
     * A while loop in a generator. A resume inside the body finishes that iteration first;
     * the iterations after it run on a LoopNode (on-stack replacement: a coroutine that loops
     * a million times without suspending still gets compiled).
     */
    public static final class GenWhileNode extends StatementNode {
        @Child private LoopNode loop;
        @Child private StatementNode body;
        @Child private StatementNode orElse;
        private final int stateSlot;

        public GenWhileNode(ExprNode condition, StatementNode body, StatementNode orElse, int stateSlot) {
            this.body = body;
            this.orElse = orElse;
            this.stateSlot = stateSlot;
            this.loop = Truffle.getRuntime().createLoopNode(new WhileRepeatingNode(condition, body, stateSlot));
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object state = frame.getObject(stateSlot);
            if (state == IN_ELSE) {
                runElse(frame, orElse, stateSlot);
                return;
            }
            if (state == IN_BODY && !runBody(frame, body, stateSlot)) {
                return;
            }
            if (loop.execute(frame) == PythonRepeatingNode.BROKEN) {
                return;
            }
            frame.setObject(stateSlot, null);
            if (orElse != null) {
                runElse(frame, orElse, stateSlot);
            }
        }
    }

    private static final class WhileRepeatingNode extends PythonRepeatingNode {
        @Child private ExprNode condition;
        @Child private StatementNode body;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();
        private final int stateSlot;

        WhileRepeatingNode(ExprNode condition, StatementNode body, int stateSlot) {
            this.condition = condition;
            this.body = body;
            this.stateSlot = stateSlot;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            if (!isTrue.execute(condition.execute(frame))) {
                return PythonRepeatingNode.FINISHED;
            }
            return runBody(frame, body, stateSlot) ? CONTINUE_LOOP_STATUS : PythonRepeatingNode.BROKEN;
        }
    }

    /** A for loop in a generator; resumes as {@link GenWhileNode} does, the iterator in a frame slot. */
    public static final class GenForNode extends StatementNode {
        @Child private ExprNode iterable;
        @Child private LoopNode loop;
        @Child private StatementNode body;
        @Child private StatementNode orElse;
        private final int iteratorSlot;
        private final int stateSlot;

        public GenForNode(AssignTargetNode target, ExprNode iterable, StatementNode body, StatementNode orElse,
                          int iteratorSlot, int stateSlot) {
            this.iterable = iterable;
            this.body = body;
            this.orElse = orElse;
            this.iteratorSlot = iteratorSlot;
            this.stateSlot = stateSlot;
            this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot, stateSlot));
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object state = frame.getObject(stateSlot);
            if (state == IN_ELSE) {
                runElse(frame, orElse, stateSlot);
                return;
            }
            if (state != IN_BODY) {
                frame.setObject(iteratorSlot, PyObjects.getIterator(iterable.execute(frame)));
            } else if (!runBody(frame, body, stateSlot)) {
                frame.setObject(iteratorSlot, null);
                return;
            }
            Object result = loop.execute(frame);
            frame.setObject(iteratorSlot, null);
            if (result == PythonRepeatingNode.BROKEN) {
                return;
            }
            frame.setObject(stateSlot, null);
            if (orElse != null) {
                runElse(frame, orElse, stateSlot);
            }
        }
    }

    private static final class ForRepeatingNode extends PythonRepeatingNode {
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private NextItemNode next = NextItemNode.create();
        private final int iteratorSlot;
        private final int stateSlot;

        ForRepeatingNode(AssignTargetNode target, StatementNode body, int iteratorSlot, int stateSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
            this.stateSlot = stateSlot;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            Object item = next.execute(frame.getObject(iteratorSlot));
            if (item == null) {
                return PythonRepeatingNode.FINISHED;
            }
            target.assign(frame, item);
            return runBody(frame, body, stateSlot) ? CONTINUE_LOOP_STATUS : PythonRepeatingNode.BROKEN;
        }
    }
}
