package org.gilpy.nodes.frame;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PythonErrors;

/**
 * Locals of a function live in frame slots; locals that an inner function captures live in
 * a PCell in their slot (as do the captured variables of the enclosing scopes, copied in at
 * entry). An empty slot (null) is an unbound variable.
 */
public final class LocalVariables {
    private LocalVariables() {
    }

    static RuntimeException unboundLocal(String name) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.create("UnboundLocalError",
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    public static final class ReadLocalNode extends ExprNode {
        private final int slot;
        private final String name;

        public ReadLocalNode(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object value = frame.getObject(slot);
            if (value == null) {
                throw unboundLocal(name);
            }
            return value;
        }
    }

    public static final class LocalTarget extends AssignTargetNode {
        private final int slot;
        private final String name;

        public LocalTarget(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            frame.setObject(slot, value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            if (frame.getObject(slot) == null) {
                throw unboundLocal(name);
            }
            frame.setObject(slot, null);
        }
    }

    public static final class ReadCellNode extends ExprNode {
        private final int slot;
        private final String name;
        private final boolean free;

        public ReadCellNode(int slot, String name, boolean free) {
            this.slot = slot;
            this.name = name;
            this.free = free;
        }

        @Override
        public Object execute(VirtualFrame frame) {
            Object value = ((PCell) frame.getObject(slot)).get();
            if (value == null) {
                CompilerDirectives.transferToInterpreter();
                if (free) {
                    throw PythonErrors.create("NameError", "cannot access free variable '" + name
                            + "' where it is not associated with a value in enclosing scope");
                }
                throw unboundLocal(name);
            }
            return value;
        }
    }

    public static final class CellTarget extends AssignTargetNode {
        private final int slot;
        private final String name;

        public CellTarget(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            ((PCell) frame.getObject(slot)).set(value);
        }

        @Override
        public void delete(VirtualFrame frame) {
            PCell cell = (PCell) frame.getObject(slot);
            if (cell.get() == null) {
                throw unboundLocal(name);
            }
            cell.set(null);
        }
    }
}
