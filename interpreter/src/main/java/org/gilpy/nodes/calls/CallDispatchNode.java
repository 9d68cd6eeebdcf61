package org.gilpy.nodes.calls;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PMethod;
import org.gilpy.runtime.PyCallables;

/**
 * Calls a callee with evaluated arguments. Functions and built-ins seen at this call site get
 * a DirectCallNode (so the compiler can inline them); bound methods unwrap to their function;
 * anything else (classes, callable objects) takes the generic route in PyCallables.
 */
public abstract class CallDispatchNode extends Node {
    static final int INLINE_CACHE = 3;

    public abstract Object execute(Object callee, Object[] args, String[] kwNames, Object[] kwValues);

    public static CallDispatchNode create() {
        return CallDispatchNodeGen.create();
    }

    @Specialization(guards = "callee.getCallTarget() == target", limit = "INLINE_CACHE")
    protected static Object function(PFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                                     @Cached("callee.getCallTarget()") RootCallTarget target,
                                     @Cached("create(target)") DirectCallNode call) {
        return call.call(PyCallables.bindFunction(callee, args, kwNames, kwValues));
    }

    @Specialization(guards = "callee.getCallTarget() == target", limit = "INLINE_CACHE")
    protected static Object builtin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                                    @Cached("callee.getCallTarget()") RootCallTarget target,
                                    @Cached("create(target)") DirectCallNode call) {
        return call.call(PyCallables.bindBuiltin(callee, args, kwNames, kwValues));
    }

    @Specialization
    protected static Object method(PMethod callee, Object[] args, String[] kwNames, Object[] kwValues,
                                   @Cached("create()") CallDispatchNode inner) {
        return inner.execute(callee.getFunction(), PyCallables.prepend(callee.getSelf(), args), kwNames, kwValues);
    }

    @Specialization(replaces = {"function", "builtin", "method"})
    protected static Object generic(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return PyCallables.callWithKeywords(callee, args, kwNames, kwValues);
    }
}
