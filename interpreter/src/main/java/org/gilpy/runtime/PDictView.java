package org.gilpy.runtime;

/** {@code dict.keys()}, {@code values()} and {@code items()}: live views of a dict. */
public final class PDictView extends PyObject {
    public final PDict dict;
    public final BuiltinIterators.DictIterator.Kind kind;

    public PDictView(PDict dict, BuiltinIterators.DictIterator.Kind kind) {
        super(switch (kind) {
            case KEYS -> PythonTypes.get().dictKeys;
            case VALUES -> PythonTypes.get().dictValues;
            case ITEMS -> PythonTypes.get().dictItems;
        });
        this.dict = dict;
        this.kind = kind;
    }

    public PIterator iterator() {
        return new BuiltinIterators.DictIterator(dict, kind);
    }
}
