package org.gilpy.builtins;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.nodes.PyTypes;

/**
 * Base of every built-in's implementation node. The subclasses fix the arity, so that a
 * built-in's {@code @Specialization}s take the bound arguments as plain parameters; the
 * {@link BuiltinRootNode} calls the matching {@code execute}.
 */
@TypeSystemReference(PyTypes.class)
public abstract class BuiltinNode extends Node {

    /**
     * The frame of this built-in's call target, or null for none: a built-in that loops on a
     * {@link com.oracle.truffle.api.nodes.LoopNode} keeps its state there, since the frame is
     * all that the loop's iterations (and its on-stack replacement) share.
     */
    FrameDescriptor frameDescriptor() {
        return null;
    }

    /** Built-ins without parameters. */
    public abstract static class Nullary extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame);
    }

    public abstract static class Unary extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a);
    }

    public abstract static class Binary extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a, Object b);
    }

    public abstract static class Ternary extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object a, Object b, Object c);
    }

    /** Built-ins with more than three parameter slots get them as one array. */
    public abstract static class Varargs extends BuiltinNode {
        public abstract Object execute(VirtualFrame frame, Object[] args);
    }
}
