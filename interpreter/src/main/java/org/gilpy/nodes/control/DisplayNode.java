package org.gilpy.nodes.control;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.StatementNode;
import org.gilpy.runtime.PFile;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;

/**
 * An expression statement typed at the interactive prompt: like CPython's
 * {@code sys.displayhook}, prints the value's repr unless it is None and binds it to
 * {@code builtins._}.
 */
public final class DisplayNode extends StatementNode {
    @Child private ExprNode expression;

    public DisplayNode(ExprNode expression) {
        this.expression = expression;
    }

    @Override
    public void executeVoid(VirtualFrame frame) {
        display(GilpyContext.get(this), expression.execute(frame));
    }

    @TruffleBoundary
    private static void display(GilpyContext context, Object value) {
        if (value == PNone.NONE) {
            return;
        }
        context.getBuiltins().put("_", PNone.NONE);
        String text = PyObjects.repr(value) + "\n";
        Object out = context.getSysModule().getGlobals().getStr("stdout");
        if (out instanceof PFile f) {
            f.write(text);
            f.flush();
        } else {
            PyCallables.call(PyObjects.getAttribute(out, "write"), text);
        }
        context.getBuiltins().put("_", value);
    }
}
