package org.gilpy.nodes.frame;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.ExprNode;
import org.gilpy.runtime.PCell;
import org.gilpy.runtime.PythonErrors;

/**
 * Locals of a function live in frame slots; locals that an inner function captures live in
 * a PCell in their slot (as do the captured variables of the enclosing scopes, copied in at
 * entry). An empty slot (null) is an unbound variable.
 *
 * <p>A local that only ever holds ints (or only floats) is stored as a primitive long (double)
 * by its assignments: a boxed value carried around a loop would be a new object on every
 * iteration, because the compiler's escape analysis cannot keep differing boxes virtual
 * across a loop back-edge. Tags are per frame, so readers use {@code getValue}, which
 * accepts any tag; nothing but {@link LocalTarget} decides how a local is stored.
 */
public final class LocalVariables {
    private LocalVariables() {
    }

    static RuntimeException unboundLocal(String name) {
        CompilerDirectives.transferToInterpreter();
        return PythonErrors.create("UnboundLocalError",
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    /**
     * The cells in these slots, for a new function, class body or comprehension to close over
     * (null when there are none). The slot numbers must be compilation constants (from a
     * {@code @CompilationFinal(dimensions = 1)} field): a frame access at an index the compiler
     * cannot see makes it allocate the frame on the heap at function entry, and then every
     * local of the function is a memory access (a comprehension capturing one variable made
     * nbody about 1.5x slower that way).
     */
    @ExplodeLoop
    public static PCell[] closureCells(VirtualFrame frame, int[] slots) {
        if (slots.length == 0) {
            return null;
        }
        PCell[] cells = new PCell[slots.length];
        for (int i = 0; i < slots.length; i++) {
            cells[i] = (PCell) frame.getObject(slots[i]);
        }
        return cells;
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
            Object value = frame.getValue(slot);
            if (value == null) {
                throw unboundLocal(name);
            }
            return value;
        }
    }

    public static final class LocalTarget extends AssignTargetNode {
        private static final byte UNSEEN = 0;
        private static final byte LONGS = 1;
        private static final byte DOUBLES = 2;
        private static final byte OBJECTS = 3;

        private final int slot;
        private final String name;
        /** What this assignment has stored so far; widens to OBJECTS, never narrows. */
        @CompilationFinal private byte stored = UNSEEN;

        public LocalTarget(int slot, String name) {
            this.slot = slot;
            this.name = name;
        }

        @Override
        public void assign(VirtualFrame frame, Object value) {
            if (stored == LONGS && value instanceof Long l) {
                frame.setLong(slot, l);
            } else if (stored == DOUBLES && value instanceof Double d) {
                frame.setDouble(slot, d);
            } else if (stored == OBJECTS) {
                frame.setObject(slot, value);
            } else {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                stored = stored == UNSEEN && value instanceof Long ? LONGS
                        : stored == UNSEEN && value instanceof Double ? DOUBLES : OBJECTS;
                assign(frame, value);
            }
        }

        @Override
        public void delete(VirtualFrame frame) {
            if (frame.getValue(slot) == null) {
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
