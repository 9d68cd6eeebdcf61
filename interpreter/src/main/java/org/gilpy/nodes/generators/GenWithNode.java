package org.gilpy.nodes.generators;

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
 * A with item in a generator: the manager and its {@code __exit__} are kept in frame slots
 * while the body is suspended; {@code __exit__} runs only when the body really ends.
 */
public final class GenWithNode extends StatementNode {
    @Child private ExprNode manager;
    @Child private AssignTargetNode target;
    @Child private StatementNode body;
    private final int managerSlot;
    private final int exitSlot;

    public GenWithNode(ExprNode manager, AssignTargetNode target, StatementNode body, int managerSlot, int exitSlot) {
        this.manager = manager;
        this.target = target;
        this.body = body;
        this.managerSlot = managerSlot;
        this.exitSlot = exitSlot;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        if (frame.getObject(exitSlot) == null) {
            Object mgr = manager.execute(frame);
            PythonClass cls = PyObjects.typeOf(mgr);
            Object enter = cls.lookup("__enter__");
            Object exit = cls.lookup("__exit__");
            if (enter == null || exit == null) {
                throw PythonErrors.typeError("'" + cls.getName() + "' object does not support the context manager protocol");
            }
            Object value = PyCallables.call(enter, mgr);
            frame.setObject(managerSlot, mgr);
            frame.setObject(exitSlot, exit);
            if (target != null) {
                target.assign(frame, value);
            }
        }
        Object mgr = frame.getObject(managerSlot);
        Object exit = frame.getObject(exitSlot);
        try {
            body.executeVoid(frame);
        } catch (YieldException y) {
            throw y;
        } catch (PException e) {
            clear(frame);
            PBaseException exc = e.getPythonException();
            PythonThreadState ts = GilpyLanguage.get(this).getThreadState();
            PException saved = ts.swapHandled(e);
            Object suppress;
            try {
                suppress = PyCallables.call(exit, mgr, exc.getPythonClass(), exc,
                        exc.getTraceback() == null ? PNone.NONE : exc.getTraceback());
            } finally {
                ts.swapHandled(saved);
            }
            if (!PyObjects.isTrue(suppress)) {
                throw e;
            }
            return;
        } catch (ControlFlowException flow) {
            clear(frame);
            PyCallables.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
            throw flow;
        }
        clear(frame);
        PyCallables.call(exit, mgr, PNone.NONE, PNone.NONE, PNone.NONE);
    }

    private void clear(VirtualFrame frame) {
        frame.setObject(managerSlot, null);
        frame.setObject(exitSlot, null);
    }
}
