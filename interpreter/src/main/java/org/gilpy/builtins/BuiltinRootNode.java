package org.gilpy.builtins;

import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.UnsupportedSpecializationException;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.RootNode;

import org.gilpy.GilpyLanguage;
import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PException;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/**
 * The call target of a built-in: frame arguments are already bound to the built-in's
 * signature (slot 0 is the callee), so this only spreads them into the node's execute.
 */
public final class BuiltinRootNode extends RootNode {
    @Child private BuiltinNode body;
    private final String name;
    /** Frame-argument index of each parameter in declaration order (a *args may come first). */
    @CompilationFinal(dimensions = 1) private final int[] order;

    public BuiltinRootNode(GilpyLanguage language, BuiltinNode body, String name, int[] order) {
        super(language, body.frameDescriptor());
        this.body = body;
        this.name = name;
        this.order = order;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        try {
            return dispatch(frame);
        } catch (UnsupportedSpecializationException | ClassCastException e) {
            // A built-in reached with argument types it has no case for: a TypeError, never a Java error.
            throw wrongType(frame.getArguments());
        } catch (StackOverflowError e) {
            throw PythonErrors.recursionError();
        }
    }

    @TruffleBoundary
    private PException wrongType(Object[] args) {
        String qualname = args[0] instanceof PBuiltinFunction f ? f.getQualname() : name;
        int dot = qualname.indexOf('.');
        if (dot > 0 && order.length > 0) {
            Object self = args[order[0]];
            String owner = qualname.substring(0, dot);
            if (!PyObjects.typeName(self).equals(owner)) {
                return PythonErrors.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                        + PyObjects.typeName(self) + "' object");
            }
        }
        return PythonErrors.typeError("bad argument type for built-in operation");
    }

    private Object dispatch(VirtualFrame frame) {
        Object[] a = frame.getArguments();
        BuiltinNode node = body;
        if (node instanceof BuiltinNode.Varargs v) {
            return v.execute(frame, spread(a));
        } else if (node instanceof BuiltinNode.Unary u) {
            return u.execute(frame, a[order[0]]);
        } else if (node instanceof BuiltinNode.Binary b) {
            return b.execute(frame, a[order[0]], a[order[1]]);
        } else if (node instanceof BuiltinNode.Ternary t) {
            return t.execute(frame, a[order[0]], a[order[1]], a[order[2]]);
        }
        return ((BuiltinNode.Nullary) node).execute(frame);
    }

    @ExplodeLoop
    private Object[] spread(Object[] frameArgs) {
        Object[] args = new Object[order.length];
        for (int i = 0; i < order.length; i++) {
            args[i] = frameArgs[order[i]];
        }
        return args;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isInternal() {
        return false;
    }

    @Override
    public String toString() {
        return "<built-in " + name + ">";
    }
}
