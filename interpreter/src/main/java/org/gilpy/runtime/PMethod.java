package org.gilpy.runtime;

/** A bound method: a function plus the instance it was looked up on ({@code obj.meth}). */
public final class PMethod extends PyObject {
    private final Object self;
    private final Object function;

    public PMethod(Object self, Object function) {
        super(PythonTypes.get().method);
        this.self = self;
        this.function = function;
    }

    public Object getSelf() {
        return self;
    }

    public Object getFunction() {
        return function;
    }
}
