package org.gilpy.nodes.generators;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.ControlFlowException;

import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.control.ExceptHandlerNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;

/**
 * try/except/else/finally in a generator. The state slot says which part suspended (body,
 * handler k, else, finally); the pending slot holds the exception being handled, or what
 * the finally block must re-raise or re-throw (an exception or a return/break/continue)
 * once it completes. A suspension is not an exit: finally does not run at a yield.
 */
public final class GenTryNode extends StatementNode {
    private static final Integer BODY = 0;
    private static final Integer ELSE = 1;
    private static final Integer FINALLY = 2;
    private static final int HANDLER_BASE = 10;

    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orElse;
    @Child private StatementNode finallyBody;
    private final int stateSlot;
    private final int pendingSlot;

    public GenTryNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orElse, StatementNode finallyBody,
                      int stateSlot, int pendingSlot) {
        this.body = body;
        this.handlers = handlers;
        this.orElse = orElse;
        this.finallyBody = finallyBody;
        this.stateSlot = stateSlot;
        this.pendingSlot = pendingSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object saved = frame.getObjectStatic(stateSlot);
        int state = saved == null ? BODY : (Integer) saved;
        if (state != FINALLY) {
            try {
                runExceptPart(frame, state);
                frame.setObjectStatic(pendingSlot, null);
            } catch (YieldException y) {
                throw y;
            } catch (PException | ControlFlowException e) {
                if (finallyBody == null) {
                    clear(frame);
                    throw e;
                }
                frame.setObjectStatic(pendingSlot, e);
            }
            if (finallyBody == null) {
                clear(frame);
                return;
            }
            frame.setObjectStatic(stateSlot, FINALLY);
        }
        runFinally(frame);
    }

    private void clear(VirtualFrame frame) {
        frame.setObjectStatic(stateSlot, null);
        frame.setObjectStatic(pendingSlot, null);
    }

    private void runExceptPart(VirtualFrame frame, int state) {
        if (state >= HANDLER_BASE) {
            runHandler(frame, state - HANDLER_BASE, (PException) frame.getObjectStatic(pendingSlot), false);
            return;
        }
        if (state == BODY) { // an empty state slot means the body: nothing to record before it runs
            try {
                try {
                    body.executeVoid(frame);
                } catch (StackOverflowError overflow) {
                    throw PythonErrors.recursionError();
                }
            } catch (YieldException y) {
                throw y;
            } catch (PException e) {
                int k = matchingHandler(frame, e.getPythonException());
                if (k < 0) {
                    throw e;
                }
                frame.setObjectStatic(stateSlot, HANDLER_BASE + k);
                frame.setObjectStatic(pendingSlot, e);
                runHandler(frame, k, e, true);
                return;
            }
        }
        if (orElse != null) {
            frame.setObjectStatic(stateSlot, ELSE);
            orElse.executeVoid(frame);
        }
    }

    /** The index of the first except clause that matches, or -1. */
    @ExplodeLoop
    private int matchingHandler(VirtualFrame frame, PBaseException exc) {
        for (int k = 0; k < handlers.length; k++) {
            if (handlers[k].matches(frame, exc)) {
                return k;
            }
        }
        return -1;
    }

    private void runHandler(VirtualFrame frame, int k, PException caught, boolean fresh) {
        ExceptHandlerNode handler = handlers[k];
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        PException outer = ts.swapHandled(caught);
        try {
            if (fresh) {
                handler.bind(frame, caught.getPythonException());
            }
            handler.runBody(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException inner) {
            handler.unbind(frame);
            chain(inner, caught);
            throw inner;
        } catch (ControlFlowException flow) {
            handler.unbind(frame);
            throw flow;
        } finally {
            ts.swapHandled(outer);
        }
        handler.unbind(frame);
    }

    private void runFinally(VirtualFrame frame) {
        Object pending = frame.getObjectStatic(pendingSlot);
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        PException outer = pending instanceof PException p ? ts.swapHandled(p) : null;
        try {
            finallyBody.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException inner) {
            clear(frame);
            if (pending instanceof PException p) {
                chain(inner, p);
            }
            throw inner;
        } catch (ControlFlowException flow) {
            clear(frame);
            throw flow;
        } finally {
            if (pending instanceof PException) {
                ts.swapHandled(outer);
            }
        }
        clear(frame);
        if (pending instanceof RuntimeException r) {
            throw r;
        }
    }

    private static void chain(PException raised, PException handled) {
        PBaseException r = raised.getPythonException();
        if (r != handled.getPythonException() && r.getContext() == null) {
            r.setContext(handled.getPythonException());
        }
    }
}
