package org.gilpy.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

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
        PythonClass cls = PyObjects.typeOf(mgr);
        Object enter = cls.lookup("__enter__");
        Object exit = cls.lookup("__exit__");
        if (enter == null || exit == null) {
            throw PythonErrors.typeError("'" + cls.getName() + "' object does not support the context manager protocol");
        }
        Object value = PyCallables.call(enter, mgr);
        if (target != null) {
            target.assign(frame, value);
        }
        try {
            body.executeVoid(frame);
        } catch (PException e) {
            PBaseException exc = e.getPythonException();
            PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
            PException saved = ts.swapHandled(e);
            Object suppress;
            try {
                suppress = PyCallables.call(exit, mgr, exc.getPythonClass(), exc,
                        exc.getTraceback() == null ? PNone.NONE : exc.getTraceback());
            } catch (PException inner) {
                TryNode.chain(inner, e);
                throw inner;
            } finally {
                ts.swapHandled(saved);
            }
            if (!PyObjects.isTrue(suppress)) {
                throw e;
            }
            return;
        } catch (ControlFlowException flow) {
            PyCallables.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
            throw flow;
        }
        PyCallables.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
    }
}
