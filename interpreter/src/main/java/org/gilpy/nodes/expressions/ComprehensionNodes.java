package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.PArguments;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.LocalVariables;
import org.gilpy.parser.ast.Expr.CompKind;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PSet;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.Signature;

/**
 * The pieces of list, set and dict comprehensions: the call into the comprehension's own
 * code block, and the result container it fills (kept in a hidden frame slot).
 */
public final class ComprehensionNodes {
    private ComprehensionNodes() {
    }

    /** Evaluates the outermost iterable and runs the comprehension's code block on it. */
    public static final class RunComprehensionNode extends ExprNode {
        private final RootCallTarget target;
        @CompilationFinal(dimensions = 1) private final int[] closureSlots;
        @Child private ExprNode firstIterable;
        @Child private DirectCallNode call;

        public RunComprehensionNode(RootCallTarget target, int[] closureSlots, ExprNode firstIterable) {
            this.target = target;
            this.closureSlots = closureSlots;
            this.firstIterable = firstIterable;
            this.call = DirectCallNode.create(target);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object iterator = PyObjects.getIterator(firstIterable.execute(frame));
            PCell[] closure = LocalVariables.closureCells(frame, closureSlots);
            PFunction fn = new PFunction(target.getRootNode().getName(), target.getRootNode().getName(), target,
                    Signature.positional(".0"), PArguments.getGlobals(frame), closure, null, null, false);
            return call.call(fn, iterator);
        }
    }

    public static final class InitResultNode extends StatementNode {
        private final int slot;
        private final CompKind kind;

        public InitResultNode(int slot, CompKind kind) {
            this.slot = slot;
            this.kind = kind;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            frame.setObject(slot, switch (kind) {
                case LIST -> new PList();
                case SET -> PSet.newSet();
                default -> new PDict();
            });
        }
    }

    public static final class AppendNode extends StatementNode {
        private final int slot;
        @Child private ExprNode element;

        public AppendNode(int slot, ExprNode element) {
            this.slot = slot;
            this.element = element;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ((PList) frame.getObject(slot)).append(element.execute(frame));
        }
    }

    public static final class AddNode extends StatementNode {
        private final int slot;
        @Child private ExprNode element;

        public AddNode(int slot, ExprNode element) {
            this.slot = slot;
            this.element = element;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            ((PSet) frame.getObject(slot)).table().add(element.execute(frame));
        }
    }

    public static final class SetItemNode extends StatementNode {
        private final int slot;
        @Child private ExprNode key;
        @Child private ExprNode value;

        public SetItemNode(int slot, ExprNode key, ExprNode value) {
            this.slot = slot;
            this.key = key;
            this.value = value;
        }

        @Override
        public void executeVoid(VirtualFrame frame) {
            Object k = key.execute(frame);
            ((PDict) frame.getObject(slot)).put(k, value.execute(frame));
        }
    }
}
