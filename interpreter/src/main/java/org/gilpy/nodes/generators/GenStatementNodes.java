package org.gilpy.nodes.generators;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PException;

/**
 * Operand caching for statements that suspend in the middle of an expression: operands
 * evaluated before a yield keep their values across the suspension, so resuming does not
 * evaluate them (and their side effects) twice. Caches are cleared when the statement (or
 * header expression) completes, normally or with an exception, but not at a yield.
 */
public final class GenStatementNodes {
    private GenStatementNodes() {
    }

    @ExplodeLoop
    static void clear(VirtualFrame frame, int[] slots) {
        for (int slot : slots) {
            frame.setObjectStatic(slot, null);
        }
    }

    /** A value computed once per statement execution and reused when the statement resumes. */
    public static final class CachedExprNode extends ExprNode {
        @Child private ExprNode value;
        private final int slot;

        public CachedExprNode(ExprNode value, int slot) {
            this.value = value;
            this.slot = slot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object cached = frame.getObjectStatic(slot);
            if (cached != null) {
                return cached;
            }
            Object v = value.execute(frame);
            frame.setObjectStatic(slot, v);
            return v;
        }
    }

    /** A simple statement with cached operands. */
    public static final class CachingStatementNode extends StatementNode {
        @Child private StatementNode statement;
        @CompilationFinal(dimensions = 1) private final int[] slots;

        public CachingStatementNode(StatementNode statement, int[] slots) {
            this.statement = statement;
            this.slots = slots;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            try {
                statement.executeVoid(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException | com.oracle.truffle.api.nodes.ControlFlowException e) {
                clear(frame, slots);
                throw e;
            }
            clear(frame, slots);
        }
    }

    /** A header expression (if/while condition, for iterable, with manager) with cached operands. */
    public static final class CachingExprNode extends ExprNode {
        @Child private ExprNode expression;
        @CompilationFinal(dimensions = 1) private final int[] slots;

        public CachingExprNode(ExprNode expression, int[] slots) {
            this.expression = expression;
            this.slots = slots;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v;
            try {
                v = expression.execute(frame);
            } catch (YieldException y) {
                throw y;
            } catch (PException e) {
                clear(frame, slots);
                throw e;
            }
            clear(frame, slots);
            return v;
        }
    }
}
