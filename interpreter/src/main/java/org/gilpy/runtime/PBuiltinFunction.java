package org.gilpy.runtime;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

/**
 * A function implemented in Java: a built-in of a module, or a method of a built-in type
 * (then its first parameter is {@code self}). Arguments are bound with the same
 * {@link ArgumentBinder} as Python functions; missing optionals arrive as NO_VALUE.
 *
 * <p>The call target is built on the first call: there are several hundred built-ins, most
 * programs call a few dozen, and building a node and a call target for each at start-up cost
 * about a third of the start-up of {@code print("hello")}.
 */
public final class PBuiltinFunction extends PyObject {
    private final String name;
    private final String qualname;
    private volatile RootCallTarget callTarget;
    private Supplier<RootCallTarget> callTargetFactory; // until the first call
    private final Signature signature;
    private final String doc;
    private final Object[] defaults;
    private final PDict kwDefaults;
    private boolean classMethod;
    private String module = "builtins"; // the defining module's name, for __module__ and pickling

    /**
     * @param defaults   NO_VALUE for each optional trailing positional parameter
     * @param kwDefaults NO_VALUE for each optional keyword-only parameter, or null
     */
    public PBuiltinFunction(PythonClass cls, String name, String qualname, Supplier<RootCallTarget> callTargetFactory,
                            Signature signature, Object[] defaults, PDict kwDefaults, String doc) {
        super(cls);
        this.name = name;
        this.qualname = qualname;
        this.callTargetFactory = callTargetFactory;
        this.signature = signature;
        this.doc = doc;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public boolean isClassMethod() {
        return classMethod;
    }

    public void setClassMethod(boolean classMethod) {
        this.classMethod = classMethod;
    }

    public PDict getKwDefaults() {
        return kwDefaults;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getName() {
        return name;
    }

    public String getQualname() {
        return qualname;
    }

    public RootCallTarget getCallTarget() {
        RootCallTarget target = callTarget;
        return target != null ? target : createCallTarget();
    }

    @TruffleBoundary
    private synchronized RootCallTarget createCallTarget() {
        if (callTarget == null) {
            callTarget = callTargetFactory.get();
            callTargetFactory = null;
        }
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public String getDoc() {
        return doc;
    }
}
