package org.gilpy.nodes.frame;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.PArguments;
import org.gilpy.runtime.PDict;
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

    public static final class ReadGlobalNode extends ExprNode {
        private final String name;
        private final StrKey key;
        private final StrKey builtinKey;

        public ReadGlobalNode(String name) {
            this.name = name;
            this.key = new StrKey(name);
            this.builtinKey = new StrKey(name);
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object value = PArguments.getGlobals(frame).getStrInline(key);
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
