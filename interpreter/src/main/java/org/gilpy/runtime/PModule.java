package org.gilpy.runtime;

/** A module: a name and the globals dict its code ran in (which is also its __dict__). */
public final class PModule extends PyObject {
    private final String name;

    public PModule(String name, PDict globals) {
        super(PythonTypes.get().module);
        this.name = name;
        setDict(globals);
        globals.put("__name__", name);
    }

    public String getName() {
        return name;
    }

    public PDict getGlobals() {
        return getDict();
    }

    @Override
    public boolean hasInstanceDict() {
        return true;
    }
}
