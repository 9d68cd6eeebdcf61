package org.gilpy.runtime;

import com.oracle.truffle.api.RootCallTarget;

/**
 * A Python function object: compiled code (a call target), plus what a {@code def}
 * statement evaluates each time it runs: defaults, closure cells, and the module globals
 * the body reads. Module bodies and class bodies run as PFunctions too, so every Python
 * frame finds its globals and cells the same way (frame argument 0).
 */
public final class PFunction extends PyObject {
    private final RootCallTarget callTarget;
    private final Signature signature;
    private final PDict globals;
    private final PCell[] closure;
    private Object[] defaults;
    private PDict kwDefaults;
    private String name;
    private String qualname;
    private final boolean generator;

    public PFunction(String name, String qualname, RootCallTarget callTarget, Signature signature, PDict globals,
                     PCell[] closure, Object[] defaults, PDict kwDefaults, boolean generator) {
        super(PythonTypes.get().function);
        this.name = name;
        this.qualname = qualname;
        this.callTarget = callTarget;
        this.signature = signature;
        this.globals = globals;
        this.closure = closure;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.generator = generator;
    }

    public RootCallTarget getCallTarget() {
        return callTarget;
    }

    public Signature getSignature() {
        return signature;
    }

    public PDict getGlobals() {
        return globals;
    }

    public PCell[] getClosure() {
        return closure;
    }

    public Object[] getDefaults() {
        return defaults;
    }

    public void setDefaults(Object[] defaults) {
        this.defaults = defaults;
    }

    public PDict getKwDefaults() {
        return kwDefaults;
    }

    public void setKwDefaults(PDict kwDefaults) {
        this.kwDefaults = kwDefaults;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public boolean isGenerator() {
        return generator;
    }

    @Override
    public boolean hasInstanceDict() {
        return true;
    }
}
