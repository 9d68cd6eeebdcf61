package org.gilpy.nodes.expressions;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.nodes.frame.AssignTargetNode;
import org.gilpy.runtime.PList;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/** {@code a, *b, c = value}: unpacks an iterable into several targets, one of them starred. */
public final class UnpackTarget extends AssignTargetNode {
    @Children private final AssignTargetNode[] targets;
    private final int starIndex; // -1 when there is no starred target

    public UnpackTarget(AssignTargetNode[] targets, int starIndex) {
        this.targets = targets;
        this.starIndex = starIndex;
    }

    @Override
    @ExplodeLoop
    public void assign(VirtualFrame frame, Object value) {
        Object[] items = value instanceof PTuple t ? t.getItems() : PyObjects.toArray(value);
        int n = targets.length;
        if (starIndex < 0) {
            if (items.length != n) {
                throw items.length > n
                        ? PythonErrors.valueError("too many values to unpack (expected " + n + ")")
                        : PythonErrors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
            }
            for (int i = 0; i < n; i++) {
                targets[i].assign(frame, items[i]);
            }
            return;
        }
        int after = n - starIndex - 1;
        if (items.length < n - 1) {
            throw PythonErrors.valueError("not enough values to unpack (expected at least " + (n - 1) + ", got " + items.length + ")");
        }
        for (int i = 0; i < n; i++) {
            if (i < starIndex) {
                targets[i].assign(frame, items[i]);
            } else if (i == starIndex) {
                Object[] middle = java.util.Arrays.copyOfRange(items, starIndex, items.length - after);
                targets[i].assign(frame, new PList(middle));
            } else {
                targets[i].assign(frame, items[items.length - (n - i)]);
            }
        }
    }

    @Override
    @ExplodeLoop
    public void delete(VirtualFrame frame) {
        for (AssignTargetNode t : targets) {
            t.delete(frame);
        }
    }
}
