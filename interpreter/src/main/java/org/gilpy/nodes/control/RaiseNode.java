package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonTypes;

/**
 * {@code raise}, {@code raise exc} and {@code raise exc from cause}. A bare raise rethrows the
 * handled exception as is (its traceback continues); raising an exception object starts a
 * new unwinding, so the current frame is added to its traceback again, as in CPython.
 */
public final class RaiseNode extends StatementNode {
    @Child private ExprNode exception;
    @Child private ExprNode cause;
    private final boolean hasFrom;

    public RaiseNode(ExprNode exception, ExprNode cause, boolean hasFrom) {
        this.exception = exception;
        this.cause = cause;
        this.hasFrom = hasFrom;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        PException handled = GilpyLanguage.get(this).getThreadState().getHandled();
        if (exception == null) {
            if (handled == null) {
                throw PythonErrors.runtimeError("No active exception to reraise");
            }
            throw handled;
        }
        PBaseException exc = toException(exception.execute(frame));
        if (hasFrom) {
            Object c = cause.execute(frame);
            if (c == PNone.NONE) {
                exc.clearCause();
            } else {
                exc.setCause(toException(c));
            }
        }
        if (handled != null && handled.getPythonException() != exc && exc.getContext() == null) {
            exc.setContext(handled.getPythonException());
        }
        throw new PException(exc, this);
    }

    static PBaseException toException(Object value) {
        PythonTypes types = PythonTypes.get();
        if (value instanceof PythonClass cls && cls.isSubclassOf(types.baseException)) {
            Object instance = PyCallables.call(cls);
            if (instance instanceof PBaseException e) {
                return e;
            }
            throw PythonErrors.typeError("calling " + cls.getName() + " should have returned an instance of BaseException, not "
                    + org.gilpy.runtime.PyObjects.typeName(instance));
        }
        if (value instanceof PBaseException e) {
            return e;
        }
        throw PythonErrors.typeError("exceptions must derive from BaseException");
    }
}
