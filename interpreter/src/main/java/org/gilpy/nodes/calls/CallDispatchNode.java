package org.gilpy.nodes.calls;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import org.gilpy.runtime.PBuiltinFunction;
import org.gilpy.runtime.PFunction;
import org.gilpy.runtime.PInstance;
import org.gilpy.runtime.PMethod;
import org.gilpy.runtime.PNone;
import org.gilpy.runtime.PyCallables;
import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonTypes;

/**
 * Calls a callee with evaluated arguments. Functions and built-ins seen at this call site get
 * a DirectCallNode (so the compiler can inline them) and a call-site argument binding plan;
 * bound methods unwrap to their function; plain classes allocate and call their __init__ directly;
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
                                     @Cached("create(target)") DirectCallNode call,
                                     @Cached BindArgumentsNode bind) {
        return call.call(bind.execute(callee, callee.getSignature(), callee.getDefaults(), callee.getKwDefaults(),
                args, kwNames, kwValues));
    }

    @Specialization(guards = "callee.getCallTarget() == target", limit = "INLINE_CACHE")
    protected static Object builtin(PBuiltinFunction callee, Object[] args, String[] kwNames, Object[] kwValues,
                                    @Cached("callee.getCallTarget()") RootCallTarget target,
                                    @Cached("create(target)") DirectCallNode call,
                                    @Cached BindArgumentsNode bind) {
        return call.call(bind.execute(callee, callee.getSignature(), callee.getDefaults(), callee.getKwDefaults(),
                args, kwNames, kwValues));
    }

    @Specialization
    protected static Object method(PMethod callee, Object[] args, String[] kwNames, Object[] kwValues,
                                   @Cached("create()") CallDispatchNode inner) {
        return inner.execute(callee.getFunction(), PyCallables.prepend(callee.getSelf(), args), kwNames, kwValues);
    }

    /**
     * Instantiating a plain Python class (metaclass {@code type}, {@code object.__new__}, an
     * {@code __init__} written in Python): allocation and a direct call of {@code __init__},
     * valid while neither the class nor a base changes.
     */
    @Specialization(guards = {"callee == cls", "init != null"}, assumptions = "unchanged", limit = "INLINE_CACHE")
    protected static Object instantiate(PythonClass callee, Object[] args, String[] kwNames, Object[] kwValues,
                                        @Cached("callee") PythonClass cls,
                                        @Cached("cls.unchangedAssumption()") Assumption unchanged,
                                        @Cached("plainInit(cls)") PFunction init,
                                        @Cached("create()") CallDispatchNode initCall) {
        PInstance instance = new PInstance(cls);
        Object result = initCall.execute(init, PyCallables.prepend(instance, args), kwNames, kwValues);
        if (result != PNone.NONE) {
            throw PyCallables.initReturned(result);
        }
        return instance;
    }

    /** The class's {@code __init__} if instantiating it needs nothing but that call, else null. */
    @TruffleBoundary
    static PFunction plainInit(PythonClass cls) {
        PythonTypes types = PythonTypes.get();
        if (cls.isVolatile() || cls.getPythonClass() != types.type || cls.getLayout() != types.object
                || cls.lookup("__new__") != types.object.lookup("__new__")) {
            return null;
        }
        return cls.lookup("__init__") instanceof PFunction init ? init : null;
    }

    @Specialization(replaces = {"function", "builtin", "method", "instantiate"})
    protected static Object generic(Object callee, Object[] args, String[] kwNames, Object[] kwValues) {
        return PyCallables.callWithKeywords(callee, args, kwNames, kwValues);
    }
}
