package org.gilpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;

/** One {@code except Type as name:} clause: the match test, the name binding and the body. */
public final class ExceptHandlerNode extends Node {
    @Child private ExprNode type;       // null for a bare except
    @Child private AssignTargetNode name; // null without "as"
    @Child private StatementNode body;

    public ExceptHandlerNode(ExprNode type, AssignTargetNode name, StatementNode body) {
        this.type = type;
        this.name = name;
        this.body = body;
    }

    public boolean matches(VirtualFrame frame, PBaseException exc) {
        if (type == null) {
            return true;
        }
        return matches(exc, type.execute(frame));
    }

    /** The common case, one class, compiles inline; tuples (which may nest) are matched out of line. */
    static boolean matches(PBaseException exc, Object spec) {
        if (spec instanceof PythonClass c) {
            checkExceptionClass(c);
            return exc.getPythonClass().isSubclassOf(c);
        }
        return matchesTuple(exc, spec);
    }

    /**
     * Behind a boundary because it recurses into nested tuples: partial evaluation would
     * otherwise inline it into itself until it gives up on the whole function.
     */
    @TruffleBoundary
    private static boolean matchesTuple(PBaseException exc, Object spec) {
        if (spec instanceof PTuple t) {
            for (Object item : t.getItems()) {
                if (matches(exc, item)) {
                    return true;
                }
            }
            return false;
        }
        throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static void checkExceptionClass(PythonClass c) {
        if (!c.isSubclassOf(org.gilpy.runtime.PythonTypes.get().baseException)) {
            throw PythonErrors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    public void run(VirtualFrame frame, PBaseException exc) {
        bind(frame, exc);
        try {
            body.executeVoid(frame);
        } finally {
            unbind(frame);
        }
    }

    /** Binds {@code as name} (generators split run() into bind, body and unbind around suspensions). */
    public void bind(VirtualFrame frame, PBaseException exc) {
        if (name != null) {
            name.assign(frame, exc);
        }
    }

    public void runBody(VirtualFrame frame) {
        body.executeVoid(frame);
    }

    /** CPython deletes the {@code as} name when the handler ends, to break reference cycles. */
    public void unbind(VirtualFrame frame) {
        if (name != null) {
            try {
                name.delete(frame);
            } catch (RuntimeException alreadyDeleted) {
                // the handler deleted the name itself
            }
        }
    }
}
