package org.gilpy.nodes.calls;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import org.gilpy.GilpyContext;
import org.gilpy.nodes.ExprNode;
import org.gilpy.nodes.expressions.CachedMethodLookupNode;
import org.gilpy.nodes.expressions.MethodCallee;
import org.gilpy.nodes.expressions.StarredNode;
import org.gilpy.runtime.PDict;
import org.gilpy.runtime.PTuple;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PyObjects;
import org.gilpy.runtime.PythonErrors;

/**
 * A call expression {@code f(a, *b, k=c, **d)}. Arguments are evaluated left to right into a
 * positional array and keyword name/value arrays, then handed to {@link CallDispatchNode}.
 * A null keyword name marks a {@code **mapping} entry, kept in source order. A simple call
 * of an attribute calls a plain method without creating the bound method.
 */
public final class CallNode extends ExprNode {
    @Child private ExprNode callee;
    @Children private final ExprNode[] positional;
    private final String[] keywordNames;
    @Children private final ExprNode[] keywordValues;
    @Child private CallDispatchNode dispatch = CallDispatchNode.create();
    /** For a simple call of {@code obj.name(...)}: finds a method to call without binding it. */
    @Child private CachedMethodLookupNode methodLookup;
    private final boolean simple;

    public CallNode(ExprNode callee, ExprNode[] positional, String[] keywordNames, ExprNode[] keywordValues) {
        this.callee = callee;
        this.positional = positional;
        this.keywordNames = keywordNames.length == 0 ? null : keywordNames;
        this.keywordValues = keywordValues;
        boolean complex = false;
        for (ExprNode p : positional) {
            complex |= p instanceof StarredNode;
        }
        for (String name : keywordNames) {
            complex |= name == null;
        }
        this.simple = !complex;
        if (simple && callee instanceof MethodCallee method) {
            this.methodLookup = method.createMethodLookup();
        }
    }

    public ExprNode getCallee() {
        return callee;
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object result;
        if (methodLookup != null) {
            result = callMethod(frame);
        } else if (simple) {
            Object fn = callee.execute(frame);
            Object[] args = evaluatePositional(frame, 0);
            Object[] kwValues = evaluateKeywords(frame);
            result = dispatch.execute(fn, args, keywordNames, kwValues);
        } else {
            result = callComplex(frame, callee.execute(frame));
        }
        GilpyContext.get(this).getGil().checkpoint(this); // CPython checks its eval breaker after calls
        return result;
    }

    /**
     * {@code obj.name(...)}: the receiver is evaluated, then the method looked up (before the
     * arguments, as in Python); a plain method is called with the receiver as its first
     * argument, anything else is read as an attribute and called as it is.
     */
    private Object callMethod(VirtualFrame frame) {
        MethodCallee attribute = (MethodCallee) callee;
        Object receiver = attribute.getReceiver().execute(frame);
        Object method = methodLookup.execute(receiver);
        if (method != null) {
            Object[] args = evaluatePositional(frame, 1);
            args[0] = CachedMethodLookupNode.firstArgument(receiver);
            return dispatch.execute(method, args, keywordNames, evaluateKeywords(frame));
        }
        Object fn = attribute.readFrom(receiver);
        return dispatch.execute(fn, evaluatePositional(frame, 0), keywordNames, evaluateKeywords(frame));
    }

    /** The positional arguments, stored from index {@code offset} on. */
    @ExplodeLoop
    private Object[] evaluatePositional(VirtualFrame frame, int offset) {
        Object[] args = new Object[offset + positional.length];
        for (int i = 0; i < positional.length; i++) {
            args[offset + i] = positional[i].execute(frame);
        }
        return args;
    }

    @ExplodeLoop
    private Object[] evaluateKeywords(VirtualFrame frame) {
        if (keywordNames == null) {
            return null;
        }
        Object[] values = new Object[keywordValues.length];
        for (int i = 0; i < keywordValues.length; i++) {
            values[i] = keywordValues[i].execute(frame);
        }
        return values;
    }

    @ExplodeLoop
    private Object callComplex(VirtualFrame frame, Object fn) {
        Object[] args;
        if (positional.length == 1 && positional[0] instanceof StarredNode) {
            args = unpackedArguments(positional[0].execute(frame)); // f(*args), as in callbacks
        } else {
            java.util.ArrayList<Object> list = new java.util.ArrayList<>();
            for (ExprNode p : positional) {
                Object v = p.execute(frame);
                if (p instanceof StarredNode) {
                    addAll(list, v);
                } else {
                    list.add(v);
                }
            }
            args = list.toArray();
        }
        if (keywordNames == null) {
            return dispatch.execute(fn, args, null, null);
        }
        java.util.ArrayList<String> names = new java.util.ArrayList<>();
        java.util.ArrayList<Object> values = new java.util.ArrayList<>();
        for (int i = 0; i < keywordNames.length; i++) {
            Object value = keywordValues[i].execute(frame);
            if (keywordNames[i] == null) {
                PyCallables.addKeywords(fn, value, names, values);
            } else {
                PyCallables.addKeyword(fn, keywordNames[i], value, names, values);
            }
        }
        return dispatch.execute(fn, args, names.isEmpty() ? null : names.toArray(new String[0]),
                names.isEmpty() ? null : values.toArray());
    }

    /** The items of {@code *iterable} as a new array (a tuple's own array is never passed on). */
    private static Object[] unpackedArguments(Object iterable) {
        if (iterable instanceof PTuple t && t.getPythonClass().isBuiltin()) {
            return t.getItems().clone();
        }
        return toArrayOutOfLine(iterable); // built anew for anything but a built-in tuple
    }

    @TruffleBoundary
    private static Object[] toArrayOutOfLine(Object iterable) {
        return PyObjects.toArray(iterable);
    }

    @TruffleBoundary
    private static void addAll(java.util.ArrayList<Object> args, Object iterable) {
        java.util.Collections.addAll(args, PyObjects.toArray(iterable));
    }
}
