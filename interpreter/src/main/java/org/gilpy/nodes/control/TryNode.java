package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;

/**
 * {@code try}/{@code except}/{@code else}/{@code finally}. While a handler runs, its
 * exception is the thread's "handled" exception (for bare raise and sys.exc_info), and an
 * exception escaping the handler or the finally block gets it as {@code __context__}.
 * Java's try/finally already gives Python's rule that a return or break in finally wins.
 */
public final class TryNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orElse;
    @Child private StatementNode finallyBody;

    public TryNode(StatementNode body, ExceptHandlerNode[] handlers, StatementNode orElse, StatementNode finallyBody) {
        this.body = body;
        this.handlers = handlers;
        this.orElse = orElse;
        this.finallyBody = finallyBody;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (finallyBody == null) {
            executeExcept(frame);
            return;
        }
        try {
            executeExcept(frame);
        } catch (PException e) {
            runFinallyDuring(frame, e);
            throw e;
        } catch (StackOverflowError overflow) {
            PException e = PythonErrors.recursionError();
            runFinallyDuring(frame, e);
            throw e;
        } catch (ControlFlowException flow) {
            // return, break or continue leaving the try: finally runs, and its own jump wins
            finallyBody.executeVoid(frame);
            throw flow;
        }
        finallyBody.executeVoid(frame);
    }

    private void runFinallyDuring(VirtualFrame frame, PException pending) {
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        PException saved = ts.swapHandled(pending);
        try {
            finallyBody.executeVoid(frame);
        } catch (PException inner) {
            chain(inner, pending);
            throw inner;
        } finally {
            ts.swapHandled(saved);
        }
    }

    private void executeExcept(VirtualFrame frame) {
        if (handlers.length == 0) {
            body.executeVoid(frame);
            return;
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            handle(frame, e);
            return;
        } catch (StackOverflowError e) {
            handle(frame, PythonErrors.recursionError());
            return;
        }
        if (orElse != null) {
            orElse.executeVoid(frame);
        }
    }

    @ExplodeLoop
    private void handle(VirtualFrame frame, PException e) {
        PBaseException exc = e.getPythonException();
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        PException saved = ts.swapHandled(e);
        try {
            for (ExceptHandlerNode handler : handlers) {
                if (handler.matches(frame, exc)) {
                    handler.run(frame, exc);
                    return;
                }
            }
        } catch (PException inner) {
            chain(inner, e);
            throw inner;
        } finally {
            ts.swapHandled(saved);
        }
        throw e;
    }

    /** Gives an exception raised while handling {@code handled} its implicit context. */
    static void chain(PException raised, PException handled) {
        PBaseException r = raised.getPythonException();
        PBaseException h = handled.getPythonException();
        if (r != h && r.getContext() == null) {
            r.setContext(h);
        }
    }
}
