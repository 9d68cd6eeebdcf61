package org.gilpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.EncapsulatingNodeReference;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.expressions.BinaryOpNode;
import org.gilpy.nodes.expressions.BinaryOpNodeGen;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.BinaryOp;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** Expression statements, assignments, del, pass, break, continue, return and assert. */
public final class SimpleStatements {
    private SimpleStatements() {
    }

    /**
     * An expression whose value is dropped. A coroutine dropped here before it ever ran (a
     * call missing its {@code await}) gets CPython's "coroutine ... was never awaited"
     * RuntimeWarning, at this line, which is where CPython's reference counting reports it.
     */
    public static final class ExpressionStatement extends StatementNode {
        @Child private ExprNode expression;

        public ExpressionStatement(ExprNode expression) {
            this.expression = expression;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object value = expression.execute(frame);
            if (value instanceof PGenerator coroutine && coroutine.isUnstartedCoroutine()) {
                warnNeverAwaited(coroutine);
            }
        }

        @TruffleBoundary
        private void warnNeverAwaited(PGenerator coroutine) {
            coroutine.close(); // dropped: it can never run now
            GilpyContext context = GilpyContext.get(this);
            Object warnings = context.getImporter().importModule("warnings", null, 0);
            Object warn = PyObjects.getAttribute(warnings, "_warn_unawaited_coroutine");
            EncapsulatingNodeReference current = EncapsulatingNodeReference.getCurrent();
            Node previous = current.set(this); // the frame's current line, for sys._getframe
            try {
                PyCallables.call(warn, coroutine);
            } finally {
                current.set(previous);
            }
        }
    }

    /** {@code t1 = t2 = value}: targets are assigned left to right. */
    public static final class AssignNode extends StatementNode {
        @Children private final AssignTargetNode[] targets;
        @Child private ExprNode value;

        public AssignNode(AssignTargetNode[] targets, ExprNode value) {
            this.targets = targets;
            this.value = value;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            Object v = value.execute(frame);
            for (AssignTargetNode target : targets) {
                target.assign(frame, v);
            }
        }
    }

    /**
     * {@code target op= value}. The target's object and key are evaluated once:
     * {@code read} and {@code write} share them through the cached subexpression nodes
     * the parser builds.
     */
    public static final class AugAssignNode extends StatementNode {
        @Child private ExprNode read;
        @Child private ExprNode value;
        @Child private AssignTargetNode write;
        @Child private BinaryOpNode op;

        public AugAssignNode(ExprNode read, ExprNode value, AssignTargetNode write, BinaryOp op) {
            this.read = read;
            this.value = value;
            this.write = write;
            this.op = BinaryOpNodeGen.create(op, true);
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object current = read.execute(frame);
            Object v = value.execute(frame);
            write.assign(frame, op.execute(current, v));
        }
    }

    public static final class DeleteNode extends StatementNode {
        @Children private final AssignTargetNode[] targets;

        public DeleteNode(AssignTargetNode[] targets) {
            this.targets = targets;
        }

        @Override
        @ExplodeLoop
        public void executeVoid(VirtualFrame frame) {
            for (AssignTargetNode target : targets) {
                target.delete(frame);
            }
        }
    }

    public static final class PassNode extends StatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
        }
    }

    public static final class BreakNode extends StatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends StatementNode {
        @Override
        public void executeVoid(VirtualFrame frame) {
            throw ControlFlow.ContinueException.INSTANCE;
        }
    }

    /** {@code return value}: the value goes to the function's return slot. */
    public static final class ReturnNode extends StatementNode {
        @Child private ExprNode value;
        private final int returnSlot;

        public ReturnNode(ExprNode value, int returnSlot) {
            this.value = value;
            this.returnSlot = returnSlot;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(returnSlot, value == null ? PNone.NONE : value.execute(frame));
            throw ControlFlow.ReturnException.INSTANCE;
        }
    }

    public static final class AssertNode extends StatementNode {
        @Child private ExprNode condition;
        @Child private ExprNode message;

        public AssertNode(ExprNode condition, ExprNode message) {
            this.condition = condition;
            this.message = message;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            if (!PyObjects.isTrue(condition.execute(frame))) {
                if (message == null) {
                    throw PythonErrors.create("AssertionError", null);
                }
                throw PythonErrors.create(org.gilpy.runtime.PythonTypes.get().exception("AssertionError"),
                        message.execute(frame));
            }
        }
    }
}
