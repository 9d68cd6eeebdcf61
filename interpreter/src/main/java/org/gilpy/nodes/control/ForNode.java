package org.gilpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

import org.gilpy.GilpyContext;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.nodes.generators.ResumeGeneratorNode;
import org.gilpy.runtime.BuiltinIterators.RangeIterator;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PIterator;
import org.gilpy.runtime.PNone;
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
        if (result != PythonRepeatingNode.BROKEN && orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    private static final class ForRepeatingNode extends PythonRepeatingNode {
        @Child private AssignTargetNode target;
        @Child private StatementNode body;
        private final int iteratorSlot;
        /**
         * The class of the iterators this loop has seen while it has been only one (null
         * before the first, {@link #SEVERAL} after a second): compiled code then has a single
         * path, with next() inlined. A merge of paths would force the boxed int of a range
         * onto the heap on every iteration, since the compiler cannot keep a value virtual
         * where it meets other values; for ranges the loop also tests for the end before it
         * takes the next int, so that the end's null never meets the box either.
         */
        @CompilationFinal private Class<? extends PIterator> iteratorClass;
        /** Abstract, so never the exact class of an iterator. */
        private static final Class<? extends PIterator> SEVERAL = PIterator.class;
        /**
         * For a loop over generators: resumes them with a direct call of the body, which the
         * compiler can inline into the loop (next() would call the body indirectly).
         */
        @Child private ResumeGeneratorNode resumeGenerator;

        ForRepeatingNode(AssignTargetNode target, StatementNode body, int iteratorSlot) {
            this.target = target;
            this.body = body;
            this.iteratorSlot = iteratorSlot;
        }

        @Override
        public Object executeRepeatingWithValue(VirtualFrame frame) {
            GilpyContext.get(this).getGil().checkpoint(this);
            Object iterator = frame.getObject(iteratorSlot);
            Object item;
            Class<? extends PIterator> seen = iteratorClass;
            if (seen == RangeIterator.class && iterator.getClass() == RangeIterator.class) {
                RangeIterator range = (RangeIterator) iterator;
                if (range.isExhausted()) {
                    return PythonRepeatingNode.FINISHED;
                }
                item = range.nextLong(); // boxed here, unboxed by an int-only target: never allocated
            } else if (seen == PGenerator.class && iterator.getClass() == PGenerator.class) {
                item = resumeGenerator.execute((PGenerator) iterator, PNone.NONE, null);
                if (item == PGenerator.FINISHED) {
                    return PythonRepeatingNode.FINISHED;
                }
            } else if (seen != null && seen != SEVERAL && iterator.getClass() == seen) {
                item = CompilerDirectives.castExact(iterator, seen).next();
                if (item == null) {
                    return PythonRepeatingNode.FINISHED;
                }
            } else {
                item = nextOfAnyClass(iterator);
                if (item == null) {
                    return PythonRepeatingNode.FINISHED;
                }
            }
            target.assign(frame, item);
            try {
                body.executeVoid(frame);
            } catch (ControlFlow.BreakException e) {
                return PythonRepeatingNode.BROKEN;
            } catch (ControlFlow.ContinueException e) {
                // next iteration
            }
            return CONTINUE_LOOP_STATUS;
        }

        /**
         * The path for iterators this loop has not specialised on. While the loop has seen only
         * one class, meeting another deoptimises and widens {@link #iteratorClass} for good.
         */
        private Object nextOfAnyClass(Object iterator) {
            if (iteratorClass != SEVERAL) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                iteratorClass = iteratorClass == null && iterator instanceof PIterator it ? it.getClass() : SEVERAL;
                if (iteratorClass == PGenerator.class) {
                    resumeGenerator = insert(ResumeGeneratorNode.create());
                }
            }
            return iterator instanceof PIterator it ? it.next() : PyObjects.next(iterator);
        }
    }
}
