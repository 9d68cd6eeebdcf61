package org.gilpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

import org.gilpy.GilpyContext;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PIterator;
import org.gilpy.runtime.PyObjects;

/**
 * {@code for target in iterable: body else: orelse}, on Truffle's LoopNode. The iterator
 * lives in a frame slot (not a node field: nodes are shared by recursive calls and threads).
 */
public final class ForNode extends StatementNode {
    @Child private ExprNode iterable;
    @Child private LoopNode loop;
    @Child private StatementNode orElse;
    private final int iteratorSlot;

    public ForNode(AssignTargetNode target, ExprNode iterable, StatementNode body, StatementNode orElse, int iteratorSlot) {
        this.iterable = iterable;
        this.iteratorSlot = iteratorSlot;
        this.loop = Truffle.getRuntime().createLoopNode(new ForRepeatingNode(target, body, iteratorSlot));
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        frame.setObject(iteratorSlot, PyObjects.getIterator(iterable.execute(frame)));
        Object result = loop.execute(frame);
        frame.setObject(iteratorSlot, null);
        if (result != WhileNode.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    private static final class ForRepeatingNode extends Node implements RepeatingNode {
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        private final int iteratorSlot;
        /** The class of the iterators seen so far, while it has been only one. */
        @CompilationFinal private Class<? extends PIterator> iteratorClass;

        ForRepeatingNode(AssignTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            throw new UnsupportedOperationException("executeRepeatingWithValue is used");
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            Object item = nextItem(frame.getObject(iteratorSlot));
            if (item == null) {
                return WhileNode.FINISHED;
            }
            target.assign(frame, item);
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.BreakException e) {
                return WhileNode.BROKEN;
            } catch (ControlFlow.ContinueException e) {
                // next iteration
            }
            return CONTINUE_LOOP_STATUS;
        }

        /**
         * A one-class inline cache: the compiler cannot inline a virtual {@code next()} on a
         * receiver of unknown class, so every item (a boxed int from a range) would escape
         * to the heap. With the exact class known, next() inlines and the item stays virtual.
         */
        private Object nextItem(Object iterator) {
            Class<? extends PIterator> cached = iteratorClass;
            if (cached != null && iterator.getClass() == cached) {
                return CompilerDirectives.castExact(iterator, cached).next();
            }
            if (iterator instanceof PIterator it) {
                if (cached == null) {
                    CompilerDirectives.transferToInterpreterAndInvalidate();
                    iteratorClass = it.getClass();
                }
                return it.next();
            }
            return PyObjects.next(iterator);
        }

        @Override
        public Object initialLoopStatus() {
            return CONTINUE_LOOP_STATUS;
        }

        @Override
        public boolean shouldContinue(Object returnValue) {
            return returnValue == CONTINUE_LOOP_STATUS;
        }
    }
}
