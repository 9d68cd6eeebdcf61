package org.gilpy.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.frame.FrameDescriptor;

import org.gilpy.nodes.function.FunctionRootNode;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFunction;

/**
 * {@code globals()} and {@code locals()} need the frame of the Python function that called
 * the built-in; Truffle's stack walk finds it (these calls are rare, so no fast path).
 */
final class CallerFrames {
    private CallerFrames() {
    }

    private static Frame callerFrame() {
        return Truffle.getRuntime().iterateFrames(fi -> {
            if (fi.getCallTarget() instanceof com.oracle.truffle.api.RootCallTarget rct
                    && rct.getRootNode() instanceof FunctionRootNode) {
                return fi.getFrame(FrameInstance.FrameAccess.READ_ONLY);
            }
            return null;
        });
    }

    @TruffleBoundary
    static PDict globals() {
        Frame frame = callerFrame();
        return ((PFunction) frame.getArguments()[0]).getGlobals();
    }

    @TruffleBoundary
    static PDict locals() {
        Frame frame = callerFrame();
        PFunction fn = (PFunction) frame.getArguments()[0];
        if (fn.getName().equals("<module>")) {
            return fn.getGlobals();
        }
        if (frame.getArguments().length > 1 && frame.getArguments()[1] instanceof PDict ns
                && fn.getSignature().names.length == 1 && fn.getSignature().names[0].equals("__namespace__")) {
            return ns;
        }
        PDict result = new PDict();
        FrameDescriptor fd = frame.getFrameDescriptor();
        for (int i = 0; i < fd.getNumberOfSlots(); i++) {
            Object name = fd.getSlotName(i);
            if (name instanceof String s && !s.startsWith(".")) {
                Object v = frame.getValue(i); // any tag: see LocalVariables
                if (v instanceof PCell c) {
                    v = c.get();
                }
                if (v != null) {
                    result.put(s, v);
                }
            }
        }
        return result;
    }
}
