package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.runtime.PythonClass;
import org.gilpy.runtime.PythonTypes;

/** The Java-implemented methods of one built-in type, installed once per language instance. */
public interface TypeMethods {
    PythonClass type(PythonTypes types);

    List<? extends NodeFactory<? extends BuiltinNode>> factories();

    /** Methods built from parametrised nodes rather than factories (none by default). */
    default void installMore(org.gilpy.GilpyLanguage language, PythonTypes types, PythonClass cls) {
    }
}
