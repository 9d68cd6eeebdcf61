package org.gilpy.nodes.frame;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.PArguments;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.StableNames;
import org.gilpy.runtime.StrKey;
import org.gilpy.runtime.PythonErrors;

/**
 * Module-level names: read from the running function's globals dict, then from builtins
 * (NameError if neither has it); written and deleted in the globals dict. Class bodies read
 * their namespace first and fall back to an enclosing cell or the globals.
 */
public final class GlobalVariables {
    private GlobalVariables() {
    }

    /**
     * A global name's value: from the running function's globals, else from the builtins. While
     * the name stays bound to one value in both ({@link StableNames}), compiled code has the
     * value as a constant (so a call of a global function sees its callee); a name that has
     * been rebound, or code that runs with several globals dicts, looks it up each time.
     */
    public static final class ReadGlobalNode extends ExprNode {
        private final String name;
        private final StrKey key;
        private final StrKey builtinKey;
        @CompilationFinal private ConstantGlobal constant;
        @CompilationFinal private boolean lookUpEachTime;

        /** A kept value and the assumptions that it is still the name's value. */
        private record ConstantGlobal(PDict globals, Object value, Assumption inGlobals, Assumption inBuiltins) {
        }

        public ReadGlobalNode(String name) {
            this.name = name;
            this.key = new StrKey(name);
            this.builtinKey = new StrKey(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            PDict globals = PArguments.getGlobals(frame);
            ConstantGlobal c = constant;
            if (c != null && c.globals == globals && c.inGlobals.isValid()
                    && (c.inBuiltins == null || c.inBuiltins.isValid())) {
                return c.value;
            }
            if (!lookUpEachTime) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                Object value = keepValue(globals);
                if (value != null) {
                    return value;
                }
            }
            return lookUp(globals);
        }

        /** Makes the value a constant if the name is stable; null when it is not (or unbound). */
        private Object keepValue(PDict globals) {
            if (constant != null && constant.globals != globals) {
                return giveUp();
            }
            StableNames.Binding inGlobals = globals.stableBinding(name);
            if (inGlobals.isUnstable()) {
                return giveUp();
            }
            inGlobals.rely();
            Object value = globals.getStr(name);
            StableNames.Binding inBuiltins = null;
            if (value == null) {
                PDict builtins = GilpyContext.get(this).getBuiltins();
                inBuiltins = builtins.stableBinding(name);
                if (inBuiltins.isUnstable()) {
                    return giveUp();
                }
                inBuiltins.rely();
                value = builtins.getStr(name);
                if (value == null) {
                    return giveUp(); // unbound: NameError now, and no constant to keep later either
                }
            }
            constant = new ConstantGlobal(globals, value, inGlobals.unchanged(),
                    inBuiltins == null ? null : inBuiltins.unchanged());
            return value;
        }

        private Object giveUp() {
            constant = null;
            lookUpEachTime = true;
            return null;
        }

        private Object lookUp(PDict globals) {
            Object value = globals.getStrInline(key);
            if (value == null) {
                value = GilpyContext.get(this).getBuiltins().getStrInline(builtinKey);
                if (value == null) {
                    CompilerDirectives.transferToInterpreter();
                    throw PythonErrors.nameError(name);
                }
            }
            return value;
        }
    }

    public static final class GlobalTarget extends AssignTargetNode {
        private final String name;
        private final StrKey key;

        public GlobalTarget(String name) {
            this.name = name;
            this.key = new StrKey(name);
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            PArguments.getGlobals(frame).putStrInline(key, value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            if (PArguments.getGlobals(frame).remove(name) == null) {
                throw PythonErrors.nameError(name);
            }
        }
    }

    /** A name read in a class body: the class namespace first, then {@code fallback}. */
    public static final class ReadClassNameNode extends ExprNode {
        private final String name;
        @Child private ExprNode fallback;

        public ReadClassNameNode(String name, ExprNode fallback) {
            this.name = name;
            this.fallback = fallback;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object value = PArguments.getClassNamespace(frame).getStr(name);
            return value != null ? value : fallback.execute(frame);
        }
    }

    public static final class ClassNameTarget extends AssignTargetNode {
        private final String name;

        public ClassNameTarget(String name) {
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            PArguments.getClassNamespace(frame).put(name, value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            PDict ns = PArguments.getClassNamespace(frame);
            if (ns.remove(name) == null) {
                throw PythonErrors.nameError(name);
            }
        }
    }
}
