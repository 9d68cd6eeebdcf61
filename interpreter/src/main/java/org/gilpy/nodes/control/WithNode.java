package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.GilpyLanguage;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PBaseException;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonErrors;
import org.gilpy.runtime.PythonThreadState;

/**
 * One item of a {@code with} statement (several items nest): calls {@code __enter__},
 * binds its result, runs the body, and calls {@code __exit__} with the exception (which it
 * may suppress by returning true) or with three Nones.
 */
public final class WithNode extends StatementNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;

    public WithNode(ExprNode manager, AssignTargetNode target, StatementNode body) {
        this.manager = manager;
        this.target = target;
        this.body = body;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        Object mgr = manager.execute(frame);
        Object exit = exitMethod(mgr);
        Object value = enter(mgr);
        if (target != null) {
            target.assign(frame, value);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            if (!exitWithException(this, mgr, exit, e)) {
                throw e;
            }
            return;
        } catch (ControlFlowException flow) {
            exitNormally(mgr, exit);
            throw flow;
        }
        exitNormally(mgr, exit);
    }

    /** The manager's {@code __exit__}, checked before {@code __enter__} runs, as CPython does. */
    public static Object exitMethod(Object mgr) {
        PythonClass cls = PyObjects.typeOf(mgr);
        Object exit = cls.lookup("__exit__");
        if (cls.lookup("__enter__") == null || exit == null) {
            throw PythonErrors.typeError("'" + cls.getName() + "' object does not support the context manager protocol");
        }
        return exit;
    }

    public static Object enter(Object mgr) {
        return PyCallables.call(PyObjects.typeOf(mgr).lookup("__enter__"), mgr);
    }

    public static void exitNormally(Object mgr, Object exit) {
        PyCallables.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    /**
     * Calls {@code __exit__} with the exception (handled while it runs, and the context of
     * anything it raises); returns whether the manager suppressed it.
     */
    public static boolean exitWithException(Node node, Object mgr, Object exit, PException e) {
        PBaseException exc = e.getPythonException();
        PythonThreadState ts = GilpyLanguage.get(node).getThreadState();
        PException saved = ts.swapHandled(e);
        try {
            return PyObjects.isTrue(PyCallables.call(exit, mgr, exc.getPythonClass(), exc,
                    exc.getTraceback() == null ? PNone.NONE : exc.getTraceback()));
        } catch (PException inner) {
            TryNode.chain(inner, e);
            throw inner;
        } finally {
            ts.swapHandled(saved);
        }
    }
}
