package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PyNumbers;

/** {@code and}, {@code or}, {@code not}, {@code x if c else y}, unary operators, {@code :=}. */
public final class LogicalNodes {
    private LogicalNodes() {
    }

    public static final class AndNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

        public AndNode(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            return isTrue.execute(l) ? right.execute(frame) : l;
        }
    }

    public static final class OrNode extends ExprNode {
        @Child private ExprNode left;
        @Child private ExprNode right;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

        public OrNode(ExprNode left, ExprNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object l = left.execute(frame);
            return isTrue.execute(l) ? l : right.execute(frame);
        }
    }

    public static final class NotNode extends ExprNode {
        @Child private ExprNode operand;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

        public NotNode(ExprNode operand) {
            this.operand = operand;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return !isTrue.execute(operand.execute(frame));
        }
    }

    public static final class ConditionalNode extends ExprNode {
        @Child private ExprNode condition;
        @Child private ExprNode then;
        @Child private ExprNode otherwise;
        @Child private IsTrueNode isTrue = IsTrueNodeGen.create();

        public ConditionalNode(ExprNode condition, ExprNode then, ExprNode otherwise) {
            this.condition = condition;
            this.then = then;
            this.otherwise = otherwise;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return isTrue.execute(condition.execute(frame)) ? then.execute(frame) : otherwise.execute(frame);
        }
    }

    /** Unary minus, plus and invert. */
    public static final class UnaryNode extends ExprNode {
        public enum Op { NEG, POS, INVERT }

        @Child private ExprNode operand;
        private final Op op;

        public UnaryNode(ExprNode operand, Op op) {
            this.operand = operand;
            this.op = op;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = operand.execute(frame);
            if (v instanceof Long l && op == Op.NEG && l != Long.MIN_VALUE) {
                return -l;
            } else if (v instanceof Double d && op == Op.NEG) {
                return -d;
            }
            return switch (op) {
                case NEG -> PyNumbers.negative(v);
                case POS -> PyNumbers.positive(v);
                case INVERT -> PyNumbers.invert(v);
            };
        }
    }

    /** {@code name := value}. */
    public static final class NamedExprNode extends ExprNode {
        @Child private AssignTargetNode target;
        @Child private ExprNode value;

        public NamedExprNode(AssignTargetNode target, ExprNode value) {
            this.target = target;
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object v = value.execute(frame);
            target.assign(frame, v);
            return v;
        }
    }
}
