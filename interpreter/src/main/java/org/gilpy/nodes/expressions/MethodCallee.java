package org.gilpy.nodes.expressions;

import org.gilpy.nodes.ExprNode;

/**
 * A callee of the form "method of a receiver" ({@code obj.name}, or the special method
 * behind {@code with} or {@code async for}), which a call splits in two: the receiver is
 * evaluated, and a plain method found on its class is called with the receiver as first
 * argument, so no bound method is created.
 */
public interface MethodCallee {
    ExprNode getReceiver();

    /** The callee's value for an already evaluated receiver (a bound method, say). */
    Object readFrom(Object receiver);

    CachedMethodLookupNode createMethodLookup();
}
