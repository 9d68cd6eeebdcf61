package org.gilpy.builtins;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import org.gilpy.nodes.function.FunctionRootNode;
import org.gilpy.nodes.generators.GeneratorBodyRootNode;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PFrame;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PGenerator;
import org.gilpy.runtime.PythonErrors;

/**
 * {@code globals()}, {@code locals()} and {@code sys._getframe()} need the frames of the
 * Python functions that called the built-in; Truffle's stack walk finds them (these calls
 * are rare, so no fast path).
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

    /**
     * The Python frames on the stack, innermost first, as PFrames linked through f_back; the
     * caller of the built-in is {@code depth} 0. Coroutine and generator bodies count as the
     * frames of their functions.
     */
    @TruffleBoundary
    static PFrame frame(int depth) {
        List<PFunction> functions = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Truffle.getRuntime().iterateFrames(fi -> {
            PFunction fn = pythonFunction(fi);
            if (fn != null) {
                Node call = fi.getCallNode();
                SourceSection section = call == null ? null : call.getEncapsulatingSourceSection();
                functions.add(fn);
                lines.add(section == null ? 0 : section.getStartLine());
            }
            return null;
        });
        if (depth >= functions.size()) {
            throw PythonErrors.valueError("call stack is not deep enough");
        }
        PFrame frame = null;
        for (int i = functions.size() - 1; i >= depth; i--) {
            frame = new PFrame(functions.get(i), lines.get(i), frame);
        }
        return frame;
    }

    private static PFunction pythonFunction(FrameInstance fi) {
        if (!(fi.getCallTarget() instanceof RootCallTarget rct)) {
            return null;
        }
        if (rct.getRootNode() instanceof FunctionRootNode) {
            Object[] args = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            return args.length > 0 && args[0] instanceof PFunction f ? f : null;
        }
        if (rct.getRootNode() instanceof GeneratorBodyRootNode) {
            Object[] args = fi.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            return args.length > 0 && args[0] instanceof PGenerator g ? g.getFunction() : null;
        }
        return null;
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
