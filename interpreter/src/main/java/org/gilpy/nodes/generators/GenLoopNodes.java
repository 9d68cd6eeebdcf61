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
 * in its else clause resumes there. Both run their iterations on Truffle's LoopNode, for
 * on-stack replacement. What a loop records for its resume is written only when it suspends:
 * an iteration that does not suspend costs no frame write.
 */
public final class GenLoopNodes {
    /** Resume states (compared by identity; IN_ELSE also sits in a for loop's iterator slot). */
    static final Object IN_BODY = new Object();
    static final Object IN_ELSE = new Object();

    private GenLoopNodes() {
    }

    /**
     * Runs one body iteration; returns false when the loop was broken. A suspension
     * propagates: the caller records where it was.
     */
    static boolean runBody(VirtualFrame frame, StatementNode body) {
        try {
            body.executeVoid(frame);
        } catch (ControlFlow.BreakException b) {
            return false;
        } catch (ControlFlow.ContinueException c) {
            // next iteration
        }
        return true;
    }

    /** Runs the else clause; a suspension in it stores IN_ELSE in the given slot. */
    static void runElse(VirtualFrame frame, StatementNode orElse, int slot) {
        try {
            orElse.executeVoid(frame);
        } catch (YieldException y) {
            frame.setObjectStatic(slot, IN_ELSE);
            throw y;
        }
    }

    /**
     * A while loop in a generator. A resume inside the body finishes that iteration first;
     * the iterations after it run on a LoopNode (on-stack replacement: a coroutine that loops
     * a million times without suspending still gets compiled). The state slot says where it
     * suspended (IN_BODY, IN_ELSE) and is cleared as it resumes; it stays null for a
     * suspension in the condition, which is resumed by evaluating the condition again (its
     * operands cached).
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
            Object state = frame.getObjectStatic(stateSlot);
            if (state != null) {
                frame.setObjectStatic(stateSlot, null);
                if (state == IN_ELSE) {
                    runElse(frame, orElse, stateSlot);
                    return;
                }
                if (!runWhileBody(frame, body, stateSlot)) {
                    return;
                }
            }
            if (loop.execute(frame) == PythonRepeatingNode.BROKEN) {
                return;
            }
            if (orElse != null) {
                runElse(frame, orElse, stateSlot);
            }
        }
    }

    static boolean runWhileBody(VirtualFrame frame, StatementNode body, int stateSlot) {
        try {
            return runBody(frame, body);
        } catch (YieldException y) {
            frame.setObjectStatic(stateSlot, IN_BODY);
            throw y;
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
            return runWhileBody(frame, body, stateSlot) ? CONTINUE_LOOP_STATUS : PythonRepeatingNode.BROKEN;
        }
    }

    /**
     * A for loop in a generator. Its iterator slot is its resume state: null before the loop
     * starts (and after it ends), the iterator while the loop runs (so a resume with an
     * iterator in the slot is a resume in the body), IN_ELSE while the else clause is
     * suspended. A suspension in the iterable expression leaves the slot null, so that resume
     * evaluates it again (its operands cached). An exception leaving the loop clears the slot.
     */
    public static final class GenForNode extends StatementNode {
        @Child private ExprNode iterable;
        @Child private LoopNode loop;
        @Child private StatementNode body;
        @Child private StatementNode orElse;
        private final int iteratorSlot;

        public GenForNode(AssignTargetNode target, ExprNode iterable, StatementNode body, StatementNode orElse,
                          int iteratorSlot) {
            this.iterable = iterable;
            this.body = body;
            this.orElse = orElse;
            this.iteratorSlot = iteratorSlot;
            this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot));
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object iterator = frame.getObjectStatic(iteratorSlot);
            if (iterator == IN_ELSE) {
                frame.setObjectStatic(iteratorSlot, null);
                runElse(frame, orElse, iteratorSlot);
                return;
            }
            try {
                if (iterator == null) {
                    frame.setObjectStatic(iteratorSlot, PyObjects.getIterator(iterable.execute(frame)));
                } else if (!runBody(frame, body)) {
                    frame.setObjectStatic(iteratorSlot, null);
                    return;
                }
                Object result = loop.execute(frame);
                frame.setObjectStatic(iteratorSlot, null);
                if (result == PythonRepeatingNode.BROKEN) {
                    return;
                }
            } catch (YieldException y) {
                throw y;
            } catch (RuntimeException e) {
                frame.setObjectStatic(iteratorSlot, null);
                throw e;
            }
            if (orElse != null) {
                runElse(frame, orElse, iteratorSlot);
            }
        }
    }

    private static final class ForRepeatingNode extends PythonRepeatingNode {
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        @Child private NextItemNode next = NextItemNode.create();
        private final int iteratorSlot;

        ForRepeatingNode(AssignTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            Object item = next.execute(frame.getObjectStatic(iteratorSlot));
            if (item == null) {
                return PythonRepeatingNode.FINISHED;
            }
            target.assign(frame, item);
            return runBody(frame, body) ? CONTINUE_LOOP_STATUS : PythonRepeatingNode.BROKEN;
        }
    }
}
