package org.gilpy.builtins;

import java.util.List;

import com.oracle.truffle.api.dsl.NodeFactory;

import org.gilpy.GilpyContext;
import org.gilpy.runtime.PDict;

/**
 * A module implemented in Java: its built-in functions (nested {@code @Builtin} node classes,
 * collected by the generated factory) and any constants it defines at import time.
 */
public interface BuiltinModule {
    String name();

    List<? extends NodeFactory<? extends BuiltinNode>> factories();

    /** Adds constants and other values to the new module's namespace. */
    default void initialize(GilpyContext context, PDict namespace) {
    }
}
