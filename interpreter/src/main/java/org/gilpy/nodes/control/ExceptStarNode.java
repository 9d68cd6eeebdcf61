package org.gilpy.nodes.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.GilpyLanguage;
import org.gilpy.builtins.ExceptionGroupMethods;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;

/**
 * {@code try}/{@code except*}/{@code else} (PEP 654; a finally is a TryNode around this).
 * Each clause takes the part of the exception group its types match and runs with that
 * part; what no clause matched, and what handlers re-raised with a bare {@code raise}, goes
 * on in the original group's shape, together with any new exceptions the handlers raised
 * (then all in a new group). An exception that is not a group is matched as if wrapped in
 * one, and propagates unwrapped when nothing handles it.
 */
public final class ExceptStarNode extends StatementNode {
    @Child private StatementNode body;
    @Children private final ExprNode[] types;
    @Children private final ExceptHandlerNode[] handlers;
    @Child private StatementNode orElse;

    public ExceptStarNode(StatementNode body, ExprNode[] types, ExceptHandlerNode[] handlers, StatementNode orElse) {
        this.body = body;
        this.types = types;
        this.handlers = handlers;
        this.orElse = orElse;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
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
        PBaseException original = e.getPythonException();
        boolean naked = original.getGroupExceptions() == null;
        PBaseException remaining = naked ? ExceptionGroupMethods.wrapForExceptStar(original) : original;
        List<PBaseException> raised = new ArrayList<>();
        Set<PBaseException> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
        for (int i = 0; i < handlers.length; i++) {
            if (remaining == null) {
                break; // everything matched
            }
            Object[] parts = ExceptionGroupMethods.splitForExceptStar(remaining, types[i].execute(frame));
            if (parts[0] == null) {
                continue;
            }
            // a naked exception's clause gets the wrapping group itself, as CPython's does
            PBaseException match = naked ? remaining : (PBaseException) parts[0];
            remaining = (PBaseException) parts[1];
            PException handled = PythonErrors.raise(match);
            PException saved = ts.swapHandled(handled);
            try {
                handlers[i].run(frame, match);
            } catch (PException inner) {
                if (inner.getPythonException() == match) {
                    ExceptionGroupMethods.collectLeaves(match, kept); // a bare raise: back into the original
                } else {
                    TryNode.chain(inner, handled);
                    raised.add(inner.getPythonException());
                }
            } finally {
                ts.swapHandled(saved);
            }
        }
        if (remaining != null) {
            ExceptionGroupMethods.collectLeaves(remaining, kept);
        }
        reraise(e, original, naked, raised, kept);
    }

    @TruffleBoundary
    private static void reraise(PException e, PBaseException original, boolean naked, List<PBaseException> raised,
                                Set<PBaseException> kept) {
        PBaseException keep = kept.isEmpty() ? null : naked ? original : ExceptionGroupMethods.keepLeaves(original, kept);
        if (raised.isEmpty()) {
            if (keep == null) {
                return; // everything was handled
            }
            throw keep == original ? e : PythonErrors.raise(keep);
        }
        if (keep != null) {
            raised.add(keep);
        }
        throw PythonErrors.raise(ExceptionGroupMethods.group(raised));
    }
}
