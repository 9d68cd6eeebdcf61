package org.gilpy.nodes.generators;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.PAsyncGenerator;
import org.gilpy.runtime.PAsyncGeneratorStep;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PIterator;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonTypes;
import org.gilpy.runtime.Resumable;

/**
 * {@code yield value} and {@code yield from iterable}. A yield marks its slot and unwinds;
 * when the body is re-entered, the marked yield evaluates to the sent value (or raises the
 * exception thrown in) instead of yielding again.
 */
public final class YieldNodes {
    private YieldNodes() {
    }

    public static final class YieldNode extends ExprNode {
        @Child private ExprNode value;
        private final int markSlot;
        private final int generatorSlot;
        private final YieldException suspend = new YieldException(this);

        public YieldNode(ExprNode value, int markSlot, int generatorSlot) {
            this.value = value;
            this.markSlot = markSlot;
            this.generatorSlot = generatorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            if (frame.getObjectStatic(markSlot) != null) {
                frame.setObjectStatic(markSlot, null);
                PGenerator generator = (PGenerator) frame.getObjectStatic(generatorSlot);
                PException thrown = generator.takeThrown();
                Object sent = generator.takeSent();
                if (thrown != null) {
                    throw thrown;
                }
                return sent;
            }
            Object v = value == null ? PNone.NONE : value.execute(frame);
            frame.setObjectStatic(markSlot, Boolean.TRUE);
            ((PGenerator) frame.getObjectStatic(generatorSlot)).setYielded(v);
            throw suspend;
        }
    }

    /**
     * {@code yield from}: delegates next/send/throw/close to the sub-iterator (PEP 380).
     * {@code await x} is the same delegation to the iterator {@code x.__await__()} returns.
     */
    public static final class YieldFromNode extends ExprNode {
        @Child private ExprNode iterable;
        @Child private ResumeGeneratorNode resume = ResumeGeneratorNode.create();
        private final boolean await;
        private final int iteratorSlot;
        private final int markSlot;
        private final int generatorSlot;
        private final YieldException suspend = new YieldException(this);

        public YieldFromNode(ExprNode iterable, boolean await, int iteratorSlot, int markSlot, int generatorSlot) {
            this.iterable = iterable;
            this.await = await;
            this.iteratorSlot = iteratorSlot;
            this.markSlot = markSlot;
            this.generatorSlot = generatorSlot;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object iterator;
            Object sent = PNone.NONE;
            PException thrown = null;
            if (frame.getObjectStatic(markSlot) != null) {
                frame.setObjectStatic(markSlot, null);
                iterator = frame.getObjectStatic(iteratorSlot);
                PGenerator generator = (PGenerator) frame.getObjectStatic(generatorSlot);
                thrown = generator.takeThrown();
                sent = generator.takeSent();
            } else {
                Object source = iterable.execute(frame);
                iterator = await ? awaitIterator(source) : PyObjects.getIterator(source);
                frame.setObjectStatic(iteratorSlot, iterator);
            }
            Object[] step = delegate(iterator, sent, thrown);
            if (step[0] == Boolean.TRUE) {
                frame.setObjectStatic(iteratorSlot, null);
                return step[1];
            }
            frame.setObjectStatic(markSlot, Boolean.TRUE);
            ((PGenerator) frame.getObjectStatic(generatorSlot)).setYielded(step[1]);
            throw suspend;
        }

        private static Object awaitIterator(Object awaitable) {
            if (awaitable instanceof PGenerator g && g.getPythonClass() == PythonTypes.get().coroutine
                    || awaitable instanceof PAsyncGeneratorStep) {
                return awaitable; // their own iterators
            }
            Object method = PyObjects.typeOf(awaitable).lookup("__await__");
            if (method == null) {
                throw org.gilpy.runtime.PythonErrors.typeError("object " + PyObjects.typeName(awaitable)
                        + " can't be used in 'await' expression");
            }
            return PyCallables.call(method, awaitable);
        }

        /**
         * One step of delegation: {done, value}. Generators, coroutines and async generator
         * steps report their end without an exception ({@link Resumable#step}); other
         * iterators end with StopIteration, or by running out (built-in iterators).
         */
        private Object[] delegate(Object iterator, Object sent, PException thrown) {
            if (thrown != null && isGeneratorExit(thrown)) {
                close(iterator);
                throw thrown;
            }
            if (iterator instanceof PGenerator g && !g.endsUnstarted(thrown)) {
                Object v = resume.execute(g, thrown == null ? sent : PNone.NONE, thrown);
                return v == PGenerator.FINISHED ? new Object[]{Boolean.TRUE, g.getReturnValue()} : new Object[]{Boolean.FALSE, v};
            }
            if (iterator instanceof PAsyncGeneratorStep s && s.isPlainSend(thrown)) {
                return asyncGeneratorSend(s, sent);
            }
            return delegateGeneric(iterator, sent, thrown);
        }

        /** {@code await anext(agen)} and the like: the async generator's body resumed by this node. */
        private Object[] asyncGeneratorSend(PAsyncGeneratorStep step, Object sent) {
            PGenerator body = step.body();
            Object toSend = step.beginSend(sent);
            Object v;
            try {
                v = resume.execute(body, toSend, null);
            } catch (PException e) {
                v = step.finish(e);
            }
            v = v == PGenerator.FINISHED ? step.bodyReturned() : step.passUp(v);
            return v instanceof Resumable.Finished f ? new Object[]{Boolean.TRUE, f.value()} : new Object[]{Boolean.FALSE, v};
        }

        @TruffleBoundary
        private static boolean isGeneratorExit(PException thrown) {
            return thrown.getPythonException().getPythonClass().isSubclassOf(PythonTypes.get().generatorExit);
        }

        @TruffleBoundary
        private static Object[] delegateGeneric(Object iterator, Object sent, PException thrown) {
            PythonTypes types = PythonTypes.get();
            if (iterator instanceof Resumable r) {
                Object v = r.step(sent, thrown);
                return v instanceof Resumable.Finished f ? new Object[]{Boolean.TRUE, f.value()} : new Object[]{Boolean.FALSE, v};
            }
            try {
                Object v;
                if (thrown != null) {
                    Object throwMethod = PyObjects.lookupAttribute(iterator, "throw");
                    if (throwMethod == null) {
                        throw thrown;
                    }
                    v = PyCallables.call(throwMethod, thrown.getPythonException());
                } else if (sent == PNone.NONE) {
                    if (iterator instanceof PIterator it) {
                        v = it.next();
                        if (v == null) {
                            return new Object[]{Boolean.TRUE, PNone.NONE};
                        }
                    } else {
                        v = PyCallables.call(PyObjects.typeOf(iterator).lookup("__next__"), iterator);
                    }
                } else {
                    v = PyCallables.call(PyObjects.getAttribute(iterator, "send"), sent);
                }
                return new Object[]{Boolean.FALSE, v};
            } catch (PException e) {
                if (PyObjects.isInstance(e.getPythonException(), types.stopIteration)) {
                    return new Object[]{Boolean.TRUE, PyObjects.getAttribute(e.getPythonException(), "value")};
                }
                throw e;
            }
        }

        private static void close(Object iterator) {
            if (iterator instanceof Resumable r) {
                r.close();
                return;
            }
            Object close = PyObjects.lookupAttribute(iterator, "close");
            if (close != null) {
                PyCallables.call(close);
            }
        }
    }

    /** The value of a {@code yield} in an async generator, wrapped so that its steps can tell it from an await. */
    public static final class AsyncGeneratorValueNode extends ExprNode {
        @Child private ExprNode value;

        public AsyncGeneratorValueNode(ExprNode value) {
            this.value = value;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            return new PAsyncGenerator.Yielded(value == null ? PNone.NONE : value.execute(frame));
        }
    }
}
