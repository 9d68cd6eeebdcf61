package org.gilpy.runtime;

/** An instance of a user class whose layout is plain {@code object}: just a class and a dict. */
public final class PInstance extends PyObject {
    public PInstance(PythonClass cls) {
        super(cls);
    }

    @Override
    public boolean hasInstanceDict() {
        return true;
    }
}
