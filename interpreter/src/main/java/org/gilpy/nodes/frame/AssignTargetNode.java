package org.gilpy.nodes.frame;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

/**
 * Something a value can be bound to: a name, an attribute, a subscript, or a tuple of
 * targets to unpack into. Used by assignment, for loops, with ... as, except ... as, del.
 */
public abstract class AssignTargetNode extends Node {
    public abstract void assign(VirtualFrame frame, Object value);

    public abstract void delete(VirtualFrame frame);
}
